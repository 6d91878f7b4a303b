// Student-list searches kept on the server: the id gives the text back only to its own user and
// school and only for 8 hours; list parameters carry the id, never the text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bewaarZoektekst, filtersMetZoekopdracht, lijstParams, zoektekst, ZOEKOPDRACHT_MS } from "./zoekopdracht";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ reference: false });
}, 120_000);
afterAll(async () => t?.close());

describe(`zoekopdrachten (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("give their text back to the same user and school only", async () => {
    const id = await bewaarZoektekst("gebruiker-1", "25AA", "Jansen", t.db);
    expect(await zoektekst(id, "gebruiker-1", "25AA", t.db)).toBe("Jansen");
    expect(await zoektekst(id, "gebruiker-2", "25AA", t.db)).toBeUndefined();
    expect(await zoektekst(id, "gebruiker-1", "25BB", t.db)).toBeUndefined();
    expect(await zoektekst("geen-id", "gebruiker-1", "25AA", t.db)).toBeUndefined();
  });

  it("expire after 8 hours and are deleted at the next search", async () => {
    const then = new Date(Date.now() - ZOEKOPDRACHT_MS - 1000);
    const id = await bewaarZoektekst("gebruiker-1", "25AA", "Oud", t.db, then);
    expect(await zoektekst(id, "gebruiker-1", "25AA", t.db)).toBeUndefined();
    await bewaarZoektekst("gebruiker-1", "25AA", "Nieuw", t.db);
    expect(await t.db.deelnemerZoekopdracht.count({ where: { id } })).toBe(0);
  });

  it("the list's parameters carry the id instead of the text; a typed ?q= still filters", async () => {
    const id = await bewaarZoektekst("gebruiker-1", "25AA", "de Vries", t.db);
    const { filters, zoek } = await filtersMetZoekopdracht(
      new URLSearchParams({ zoek: id, leerweg: "BBL" }),
      "gebruiker-1",
      "25AA",
      t.db,
    );
    expect(filters).toMatchObject({ q: "de Vries", leerweg: "BBL" });
    expect(lijstParams(filters, zoek).toString()).toBe(`leerweg=BBL&zoek=${id}`);
    const typed = await filtersMetZoekopdracht({ q: "Bakker" }, "gebruiker-1", "25AA", t.db);
    expect(typed.filters.q).toBe("Bakker");
    expect(lijstParams(typed.filters, typed.zoek).toString()).toBe("q=Bakker");
    const foreign = await filtersMetZoekopdracht({ zoek: id }, "gebruiker-2", "25AA", t.db);
    expect(foreign.filters.q).toBeUndefined();
  });
});
