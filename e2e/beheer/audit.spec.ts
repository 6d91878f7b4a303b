// The audit log viewer: filter by actor, institution, entity and period, see a change as
// field: old → new (and added/removed), and download the selection as CSV (formula-guarded).
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { database, runId, today } from "../api/helpers";

test.use({ storageState: storageState("duoMedewerker") });

test("DUO staff filter the audit log, read a diff and export the selection", async ({ page }) => {
  const run = runId();
  const actor = `e2e-audit-${run}@duo.example`;
  // An entry of this spec's own, written as the register writes them.
  await database().auditEvent.create({
    data: {
      actorType: "USER",
      actor,
      brin: "25AA",
      entiteit: "Inschrijving",
      sleutel: `=T-${run}`,
      actie: "WIJZIGEN",
      voor: { status: "A", oud: 1 },
      na: { status: "B", nieuw: 2 },
    },
  });

  await page.goto("/beheer");
  await page.getByRole("link", { name: "Auditlog" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();
  await page.getByLabel("Door (e-mail of client)").fill(actor);
  await page.getByLabel("Instelling").selectOption("25AA");
  await page.getByLabel("Soort gegeven").selectOption("Inschrijving");
  await page.getByLabel("Vanaf datum").fill(today());
  await page.getByLabel("Tot en met datum").fill(today());
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/actor=.*&brin=25AA&entiteit=Inschrijving&van=.*&tot=/);

  const rows = page.getByRole("table", { name: "Wijzigingen" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  const rij = rows.filter({ hasText: `=T-${run}` });
  await expect(rij.getByRole("listitem").filter({ hasText: "status:" })).toHaveText("status: A → B");
  await expect(rij.getByRole("listitem").filter({ hasText: "oud:" })).toHaveText("oud: (verwijderd) 1");
  await expect(rij.getByRole("listitem").filter({ hasText: "nieuw:" })).toHaveText("nieuw: (toegevoegd) 2");
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Deze selectie downloaden als CSV" }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  const lines = text.split("\r\n");
  expect(lines[0]).toBe("\uFEFFtijdstip;actorType;actor;brin;entiteit;sleutel;actie;voor;na;reden");
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(`;USER;${actor};25AA;Inschrijving;'=T-${run};WIJZIGEN;`);
});
