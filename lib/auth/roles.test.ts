import { describe, expect, it } from "vitest";
import { ALL_ROLES, homePath, may, maySee } from "./roles";

describe("sections per role (access.md)", () => {
  it.each([
    ["INSTELLING_BEHEERDER", { instelling: true, beheer: false, osr: true }, "/instelling"],
    ["INSTELLING_MEDEWERKER", { instelling: true, beheer: false, osr: true }, "/instelling"],
    ["MEDEWERKER", { instelling: false, beheer: false, osr: true }, "/osr"],
    ["DUO_MEDEWERKER", { instelling: false, beheer: true, osr: true }, "/beheer"],
    ["DUO_BEHEERDER", { instelling: false, beheer: true, osr: true }, "/beheer"],
  ] as const)("%s", (rol, sections, home) => {
    expect(maySee(rol, "instelling")).toBe(sections.instelling);
    expect(maySee(rol, "beheer")).toBe(sections.beheer);
    expect(maySee(rol, "osr")).toBe(sections.osr);
    expect(homePath(rol)).toBe(home);
  });
});

describe("capabilities per role (access.md)", () => {
  it("gives the register, school management to the school's beheerder only", () => {
    expect(ALL_ROLES.filter((r) => may(r, "changeRegister"))).toEqual(["INSTELLING_BEHEERDER"]);
    expect(ALL_ROLES.filter((r) => may(r, "manageSchool"))).toEqual(["INSTELLING_BEHEERDER"]);
  });
  it("gives teldata, users and the overview refresh to DUO_BEHEERDER only, reference data and persons to both DUO roles", () => {
    for (const c of ["fixTeldatum", "manageUsers", "refreshOverzicht"] as const)
      expect(ALL_ROLES.filter((r) => may(r, c))).toEqual(["DUO_BEHEERDER"]);
    for (const c of ["maintainReference", "searchPersons", "handleVerzuim", "resendDeliveries"] as const)
      expect(ALL_ROLES.filter((r) => may(r, c))).toEqual(["DUO_MEDEWERKER", "DUO_BEHEERDER"]);
  });
});
