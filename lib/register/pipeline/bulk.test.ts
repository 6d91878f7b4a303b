// bulk.ts's array literals on real databases: every value that needs quoting or escaping, NULLs,
// and values repeated from row to row (converted once and reused) arrive exactly as given.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlOf } from "@/lib/db/sql";
import { testDatabaseCases, type TestDatabase } from "@/lib/testing/database";
import { arrayLiteral, insertRows, type BulkRow } from "./bulk";

const TRICKY = [
  'a"b',
  "back\\slash",
  "com,ma",
  "{brace}",
  "NULL",
  "",
  " spaced ",
  "ünï©ødé",
  'end\\"',
  "tab\tline\nbreak",
];

describe("arrayLiteral", () => {
  it("quotes text, leaves numbers bare and writes NULL for null and undefined", () => {
    expect(arrayLiteral("int4", [1, null, 3])).toBe("{1,NULL,3}");
    expect(arrayLiteral("text", ['a"b', "c\\d", undefined, "x"])).toBe('{"a\\"b","c\\\\d",NULL,"x"}');
    expect(arrayLiteral("bool", [true, false, true])).toBe("{t,f,t}");
  });

  it("converts a value repeated from the row before once, and a changed one again", () => {
    const now = new Date("2026-12-04T10:00:00.000Z");
    const later = new Date("2026-12-04T11:00:00.000Z");
    expect(arrayLiteral("timestamp", [now, now, later, now])).toBe(
      `{"${now.toISOString()}","${now.toISOString()}","${later.toISOString()}","${now.toISOString()}"}`,
    );
    const shared = ["M06", "M09"];
    expect(arrayLiteral("text[]", [shared, shared, []])).toBe('{"M06\u001fM09","M06\u001fM09",""}');
  });
});

describe.each(testDatabaseCases())("bulk inserts on $name", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  }, 60_000);
  afterAll(() => database?.close());

  it("store every value as given, however it must be quoted", async () => {
    const tijdstip = new Date("2026-12-04T10:00:00.123Z");
    const na = { tekst: 'zegt "hoi"\\n', lijst: ["a,b", "{c}"], leeg: null };
    const rows: BulkRow<"AuditEvent">[] = TRICKY.map((text, i) => ({
      tijdstip,
      actorType: "USER",
      actor: text,
      brin: "25AA",
      entiteit: "Test",
      sleutel: `K${i}`,
      actie: "LEVEREN",
      voor: i % 2 ? null : { tekst: text },
      na,
      reden: i % 3 ? text : null,
    }));
    const sql = sqlOf(database.db);
    await sql.transaction(async (tx) => insertRows(tx, "AuditEvent", rows));

    const stored = await sql.query<{
      sleutel: string;
      tijdstip: string;
      actor: string;
      voor: unknown;
      na: unknown;
      reden: string | null;
    }>(
      `SELECT sleutel, to_char(tijdstip, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS tijdstip, actor, voor, na, reden
       FROM "AuditEvent" WHERE entiteit = 'Test' ORDER BY id`,
    );
    expect(stored).toEqual(
      TRICKY.map((text, i) => ({
        sleutel: `K${i}`,
        tijdstip: "2026-12-04T10:00:00.123",
        actor: text,
        voor: i % 2 ? null : { tekst: text },
        na,
        reden: i % 3 ? text : null,
      })),
    );
  });
});
