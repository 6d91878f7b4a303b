// The bad-input corpus of quality.md at melding level: odd but legal text is accepted as is, impossible dates are F02.
import { describe, expect, it } from "vitest";
import { readCsv, type CsvRow } from "../csv";
import { VANDAAG } from "./fixtures";
import { groepeerPerInschrijving, KOLOMMEN, valideerRijen, type Afkeuring, type Melding } from "./index";

const HEADER =
  "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;voornamen;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar";

const line = (ivn: string, achternaam: string, geboortedatum = "2009-03-14") =>
  `25AA;${ivn};111222333;${geboortedatum};V;${achternaam};Eva;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`;

async function upload(bytes: Uint8Array) {
  const k = KOLOMMEN["mbo-inschrijvingen"];
  const rows: CsvRow[] = [];
  for await (const r of readCsv([bytes], { columns: k.allowed, required: k.key })) rows.push(r);
  return groepeerPerInschrijving(rows).map((g) => valideerRijen("mbo-inschrijvingen", g, { vandaag: VANDAAG }));
}

const utf8 = (lines: string[]) => new TextEncoder().encode(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`);
const achternaam = (m: Melding<"mbo-inschrijvingen">) => (m.actie === "leveren" ? m.gegevens.achternaam : undefined);

describe("text that looks dangerous or unusual is plain text", () => {
  const namen = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    '=HYPERLINK("http://example.invalid";"klik")',
    "+31612345678",
    "-2+3",
    "@SUM(A1)",
    "Robert'); DROP TABLE inschrijving;--",
    "😀 Smiley 👩‍👩‍👧",
    "عبد الله",
    "שָׁלוֹם",
    "\u202Egnp.exe",
    "Ñúñez-Çelik",
  ];

  it.each(namen)("%s is accepted unchanged", async (naam) => {
    const quoted = `"${naam.replace(/"/g, '""')}"`;
    const [r] = await upload(utf8([line("1", quoted)]));
    expect(r?.ok).toBe(true);
    if (r?.ok) expect(achternaam(r.melding)).toBe(naam);
  });
});

describe("dates that do not exist", () => {
  it.each([
    ["2026-02-29", 2],
    ["0000-00-00", 2],
    ["29-02-2026", 2],
  ])("%s → F02 on geboortedatum", async (datum) => {
    const [r] = await upload(utf8([line("1", "Jansen", datum)]));
    const fouten: Afkeuring[] = r && !r.ok ? r.afkeuringen : [];
    expect(fouten.map((a) => [a.code, a.kolom, a.rij])).toEqual([["F02", "geboortedatum", 2]]);
  });
});

describe("a whole upload", () => {
  it("Windows-1252 names arrive as the right characters", async () => {
    const [voor, na] = line("1", "René").split("é") as [string, string];
    const enc = new TextEncoder();
    const [r] = await upload(Uint8Array.from([...enc.encode(`${HEADER}\n${voor}`), 0xe9, ...enc.encode(`${na}\n`)]));
    expect(r?.ok && achternaam(r.melding)).toBe("René");
  });

  it("rows of one inschrijving need not be adjacent; rij numbers survive blank lines and quoted line breaks", async () => {
    const lines = [
      line("1", "Jansen"),
      "",
      line("2", '"van\nDijk"'),
      line("1", "Jansen").replace(";2026-08-01;90003;BOL", ";2027-02-01;90003;BBL"),
      line("2", '"van\nDijk"')
        .replace("2009-03-14", "2009-03-15")
        .replace(";2026-08-01;90003;BOL", ";2027-02-01;90003;BBL"),
    ];
    const r = await upload(utf8(lines));
    expect(r.map((x) => x.ok)).toEqual([true, false]);
    const fout = r[1]!.ok ? [] : r[1]!.afkeuringen;
    expect(fout.map((a) => [a.code, a.kolom, a.rij])).toEqual([["F09", "geboortedatum", 6]]);
  });
});
