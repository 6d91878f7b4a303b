import { describe, expect, it } from "vitest";
import { homePath, maySee } from "./roles";

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
