// "Meldingen vandaag" on a school's home page counts the Dutch calendar day, whatever the time zone
// of the server: a melding at 00:30 in Amsterdam (23:30 UTC the day before) is today's; unread berichten
// are counted up to a cap (every page shows the count).
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { ONGELEZEN_MAX, unreadCount } from "./berichten";
import { kerncijfers } from "./home";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);
afterAll(async () => t?.close());

it("counts the meldingen of the Dutch day", async () => {
  const melding = (sleutel: string, ontvangenOp: string) => ({
    brin: "01AB",
    bron: "API" as const,
    soort: "PO_INSCHRIJVING" as const,
    sleutel,
    status: "VERWERKT" as const,
    ontvangenOp: new Date(ontvangenOp),
    verwerktOp: new Date(ontvangenOp),
    actor: "test",
  });
  await t.db.melding.createMany({
    data: [
      melding("gisteren", "2026-12-03T22:59:00Z"), // 23:59 on 3 December in Amsterdam
      melding("na-middernacht", "2026-12-03T23:30:00Z"), // 00:30 on 4 December in Amsterdam
      melding("ochtend", "2026-12-04T08:00:00Z"),
    ],
  });
  const now = new Date("2026-12-04T09:00:00Z");
  expect((await kerncijfers(t.db, "01AB", now)).meldingenVandaag).toBe(2);
  // In summer Amsterdam is two hours ahead.
  await t.db.melding.createMany({
    data: [melding("zomer-gisteren", "2026-06-30T21:59:00Z"), melding("zomer", "2026-06-30T22:00:00Z")],
  });
  expect((await kerncijfers(t.db, "01AB", new Date("2026-07-01T06:00:00Z"))).meldingenVandaag).toBe(1);
});

it("counts unread berichten up to ONGELEZEN_MAX, the rest not at all", async () => {
  await t.db.bericht.createMany({
    data: Array.from({ length: 5 }, () => ({ brin: "02CD", soort: "TELDATUM_VASTGESTELD" as const, gegevens: {} })),
  });
  expect((await kerncijfers(t.db, "02CD")).ongelezenBerichten).toBe(5);
  await t.db.bericht.createMany({
    data: Array.from({ length: ONGELEZEN_MAX + 3 }, () => ({
      brin: "03EF",
      soort: "TELDATUM_VASTGESTELD" as const,
      gegevens: {},
    })),
  });
  expect(await unreadCount("03EF", t.db)).toBe(ONGELEZEN_MAX);
});
