// The bad-input corpus of quality.md at file level: every broken file is refused as a whole, in Dutch, quickly.
import { describe, expect, it } from "vitest";
import { FileRefusedError, inspectCsv, type CsvReadOptions, type RefusalReason } from "./index";

const opts: CsvReadOptions = { columns: ["brin", "naam", "code"], required: ["brin"] };
const enc = new TextEncoder();

async function refusal(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, o = opts): Promise<FileRefusedError> {
  try {
    await inspectCsv(source, o);
  } catch (e) {
    if (e instanceof FileRefusedError) return e;
    throw e;
  }
  throw new Error("niet geweigerd");
}

/** Deterministic bytes (a small LCG), so the binary case is the same on every run. */
function randomBytes(n: number, seed = 42): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function utf16(text: string, bom: boolean, bigEndian = false): Uint8Array {
  const b = Buffer.from(text, "utf16le");
  if (bigEndian) b.swap16();
  const mark = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
  return Uint8Array.from([...(bom ? mark : []), ...b]);
}

const t = (s: string) => [enc.encode(s)];

const cases: [
  naam: string,
  source: () => Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  reden: RefusalReason,
  tekst: RegExp | string,
][] = [
  ["empty file", () => [], "leeg", "Het bestand is leeg."],
  ["only a BOM", () => t("\uFEFF"), "leeg", "Het bestand is leeg."],
  ["only blank lines", () => t("\n\r\n  \n;;\n"), "leeg", "Het bestand is leeg."],
  ["header only", () => t("brin;naam\n"), "geen-gegevens", /alleen een kopregel/],
  ["header and blank lines", () => t("brin;naam\n\n;\n"), "geen-gegevens", /alleen een kopregel/],
  ["binary data", () => [randomBytes(65536)], "binair", /binaire gegevens/],
  [
    "a zip (xlsx) file",
    () => [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...randomBytes(5000, 7)])],
    "binair",
    /binaire gegevens/,
  ],
  ["control characters without NUL", () => t("brin;naam\n25AA;\x01\x02\x03\n"), "binair", /stuurtekens/],
  ["UTF-16 LE with BOM", () => [utf16("brin;naam\n25AA;x\n", true)], "utf16", /UTF-16/],
  ["UTF-16 BE with BOM", () => [utf16("brin;naam\n25AA;x\n", true, true)], "utf16", /UTF-16/],
  [
    "UTF-16 LE without BOM",
    () => [utf16("brin;naam\n25AA;x\n", false)],
    "utf16",
    /geen geldige UTF-8- of Windows-1252-tekst/,
  ],
  [
    "BOM but invalid UTF-8",
    () => [Uint8Array.from([0xef, 0xbb, 0xbf, ...enc.encode("brin;naam\n25AA;Ren"), 0xe9, 0x0a])],
    "codering",
    /UTF-8/,
  ],
  ["tab as delimiter", () => t("brin\tnaam\n25AA\tx\n"), "scheidingsteken", /tabs als scheidingsteken/],
  ["pipe as delimiter", () => t("brin|naam\n25AA|x\n"), "scheidingsteken", /'\|' als scheidingsteken/],
  [
    "unterminated quote (row where it started)",
    () => t('brin;naam\n25AA;x\n\n25AB;"open\n25AC;y\n'),
    "aanhalingsteken",
    /rij 4 \(kolom 'naam'\) wordt nergens afgesloten/,
  ],
  ["text after a closing quote", () => t('brin;naam\n25AA;"x"y\n'), "aanhalingsteken", /Rij 2 \(kolom 'naam'\)/],
  [
    "duplicate column names",
    () => t("brin;naam;BRIN \n25AA;x;25AA\n"),
    "kolom-dubbel",
    "De kolom 'brin' staat meer dan eens in de kopregel.",
  ],
  [
    "unknown column",
    () => t("brin;naam;foo\n25AA;x;y\n"),
    "kolom-onbekend",
    "De kolom 'foo' is onbekend voor dit soort bestand.",
  ],
  [
    "several unknown columns",
    () => t("brin;fo;ba\n25AA;x;y\n"),
    "kolom-onbekend",
    "De kolommen 'fo', 'ba' zijn onbekend voor dit soort bestand.",
  ],
  [
    "no header at all (a data row first)",
    () => t("25AA;Jansen;111222333\n"),
    "kolom-onbekend",
    /geen geldige kopregel/,
  ],
  [
    "required column missing",
    () => t("naam;code\nx;1\n"),
    "kolom-ontbreekt",
    "De verplichte kolom 'brin' ontbreekt in de kopregel.",
  ],
  [
    "a value beyond the header",
    () => t("brin;naam\n25AA;x;extra\n"),
    "te-veel-velden",
    /Rij 2 heeft meer velden dan de kopregel/,
  ],
  ["a value under an unnamed column", () => t("brin;;naam\n25AA;?;x\n"), "te-veel-velden", /geen naam/],
];

describe("bad-input corpus: refused as a whole with a Dutch message", () => {
  it.each(cases)("%s", async (_, source, reden, tekst) => {
    const e = await refusal(source());
    expect(e.reden).toBe(reden);
    if (typeof tekst === "string") expect(e.message).toBe(tekst);
    else expect(e.message).toMatch(tekst);
  });

  it("a message never shows a full 9-digit number (no PGN in messages)", async () => {
    const e = await refusal(t("25AA;Jansen;111222333\n"));
    expect(e.message).not.toMatch(/\d{9}/);
  });

  it("a 10 MB line is refused without reading all of it", async () => {
    let chunks = 0;
    async function* tenMegabyteLine() {
      yield enc.encode("brin;naam\n25AA;");
      const piece = enc.encode("x".repeat(65536));
      for (let i = 0; i < 160; i++) {
        chunks++;
        yield piece;
      }
      yield enc.encode("\n");
    }
    const e = await refusal(tenMegabyteLine());
    expect(e.reden).toBe("regel-te-lang");
    expect(e.rij).toBe(2);
    expect(e.message).toBe("Rij 2 is langer dan 1 MB.");
    expect(chunks).toBeLessThan(20);
  });

  it("an unterminated quote near the top of a large file stops at the record limit", async () => {
    async function* source() {
      yield enc.encode('brin;naam\n25AA;"open\n');
      for (let i = 0; i < 1000; i++) yield enc.encode("25AA;x\n".repeat(1000));
    }
    const e = await refusal(source());
    expect(e.reden).toBe("regel-te-lang");
    expect(e.message).toMatch(/Rij 2 .*aanhalingsteken/);
  });

  it.each([
    ["in one chunk", (h: string) => [enc.encode(h)]],
    [
      "in 64 KB chunks",
      (h: string) => {
        const b = enc.encode(h);
        const out: Uint8Array[] = [];
        for (let i = 0; i < b.length; i += 65536) out.push(b.subarray(i, i + 65536));
        return out;
      },
    ],
  ])("100,000 columns get a clear message, fast (%s)", async (_, chunks) => {
    const header = Array.from({ length: 100_000 }, (_, i) => `kolom${i}`).join(";");
    const started = performance.now();
    const e = await refusal(chunks(`${header}\n${"1;".repeat(99_999)}1\n`));
    expect(e.reden).toBe("te-veel-kolommen");
    expect(e.message).toMatch(/meer dan 200 kolommen/);
    expect(e.rij).toBe(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("more than 2,000,000 data rows is refused (2,000,001 rows, generated lazily)", async () => {
    async function* rows() {
      yield enc.encode("brin;naam\n");
      const block = enc.encode("25AA;x\n".repeat(10_000));
      for (let i = 0; i < 200; i++) yield block;
      yield enc.encode("25AB;y\n");
    }
    const e = await refusal(rows());
    expect(e.reden).toBe("te-veel-rijen");
    expect(e.message).toBe("Er staan meer dan 2.000.000 rijen in het bestand.");
    expect(e.rij).toBe(2_000_002);
  });

  it("exactly 2,000,000 rows is accepted", async () => {
    async function* rows() {
      yield enc.encode("brin;naam\n");
      const block = enc.encode("25AA;x\n".repeat(10_000));
      for (let i = 0; i < 200; i++) yield block;
    }
    expect((await inspectCsv(rows(), opts)).rows).toBe(2_000_000);
  });

  it("a file over the byte limit is refused", async () => {
    const e = await refusal(t("brin;naam\n" + "25AA;x\n".repeat(1000)), { ...opts, maxBytes: 1024 * 1024 * 0.001 });
    expect(e.reden).toBe("te-groot");
  });
});
