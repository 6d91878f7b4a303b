// Reader behaviour: row numbers, delimiters, quoting, encodings and streaming across chunk boundaries.
import { describe, expect, it } from "vitest";
import { FileRefusedError, inspectCsv, readCsv, type CsvReadOptions, type CsvRow } from "./index";

const opts: CsvReadOptions = { columns: ["brin", "naam", "code", "actie"], required: ["brin"] };
const enc = new TextEncoder();

async function rows(input: string | Uint8Array | (string | Uint8Array)[], o: CsvReadOptions = opts): Promise<CsvRow[]> {
  const parts = Array.isArray(input) ? input : [input];
  const out: CsvRow[] = [];
  for await (const r of readCsv(
    parts.map((p) => (typeof p === "string" ? enc.encode(p) : p)),
    o,
  ))
    out.push(r);
  return out;
}

/** The same bytes cut into pieces of `size`: results must not depend on where chunks end. */
function cut(text: string, size: number): Uint8Array[] {
  const b = enc.encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
}

const simple = (rs: CsvRow[]) => rs.map((r) => [r.rij, r.values.brin, r.values.naam]);

describe("row numbers (rij) as a spreadsheet shows them", () => {
  it("header is row 1, blank lines count, quoted line breaks do not start a row", async () => {
    const text = 'brin;naam\n25AA;Eva\n\n25AB;"Jan\nJansen"\n   \n;;\n25AC;"a;b"\n';
    expect(simple(await rows(text))).toEqual([
      [2, "25AA", "Eva"],
      [4, "25AB", "Jan\nJansen"],
      [7, "25AC", "a;b"],
    ]);
  });

  it("CRLF line ends, a quoted CRLF, and no newline at the end", async () => {
    const text = 'brin;naam\r\n25AA;"x\r\ny"\r\n\r\n25AB;z';
    expect(simple(await rows(text))).toEqual([
      [2, "25AA", "x\r\ny"],
      [4, "25AB", "z"],
    ]);
  });

  it("leading blank lines count too, so the header is then below row 1", async () => {
    expect(simple(await rows("\n\nbrin;naam\n25AA;x\n"))).toEqual([[4, "25AA", "x"]]);
  });

  it("a quoted field with many line breaks is still one row", async () => {
    const text = `brin;naam\n25AA;"${"regel\n".repeat(50)}"\n25AB;y\n`;
    expect((await rows(text)).map((r) => r.rij)).toEqual([2, 3]);
  });

  it("does not depend on chunk boundaries (1, 2, 3, 7 and 64 bytes)", async () => {
    const text = '\uFEFFBRIN ; Naam \r\n25AA;"Ja""n\r\nJ;é"\r\n\r\n25AB;Zoë ; \r\n"25AC"  ;"x"\r\n';
    const whole = await rows(text);
    expect(simple(whole)).toEqual([
      [2, "25AA", 'Ja"n\r\nJ;é'],
      [4, "25AB", "Zoë"],
      [5, "25AC", "x"],
    ]);
    for (const size of [1, 2, 3, 7, 64]) {
      expect(await rows(cut(text, size), { ...opts, chunkChars: 1 })).toEqual(whole);
    }
  });
});

describe("random chunkings", () => {
  it("give the same rows for a file with quotes, CRLF, blank lines and multi-byte text", async () => {
    const lines = ["brin;naam;code"];
    for (let i = 0; i < 300; i++) {
      if (i % 7 === 0) lines.push("");
      if (i % 5 === 0) lines.push(`25AA;"Zoë ""${i}""\r\nregel 2; nog";${i}`);
      else if (i % 3 === 0) lines.push(`25AB;  😀 عربى ${i} ;"${i}"`);
      else lines.push(`25AC;Jan;${i}`);
    }
    const text = lines.join("\r\n") + "\r\n";
    const whole = await rows(text);
    expect(whole).toHaveLength(300);
    let x = 7;
    for (let round = 0; round < 20; round++) {
      const b = enc.encode(text);
      const parts: Uint8Array[] = [];
      for (let i = 0; i < b.length;) {
        x = (x * 1103515245 + 12345) >>> 0;
        const size = 1 + ((x >>> 24) % 97);
        parts.push(b.subarray(i, i + size));
        i += size;
      }
      expect(await rows(parts, { ...opts, chunkChars: 1 + (round % 5) * 50 })).toEqual(whole);
    }
  });
});

describe("header and values", () => {
  it("detects ',' from the header and keeps ';' inside values", async () => {
    const r = await rows('brin,naam\n25AA,"Jansen, Eva"\n25AB,a;b\n');
    expect(simple(r)).toEqual([
      [2, "25AA", "Jansen, Eva"],
      [3, "25AB", "a;b"],
    ]);
  });

  it("column names are case-insensitive and trimmed; missing optional columns are empty; values trimmed", async () => {
    const [r] = await rows("  NAAM ;Brin\n  Eva  ; 25AA \n");
    expect(r!.values).toEqual({ brin: "25AA", naam: "Eva", code: "", actie: "" });
  });

  it("rows with fewer fields than the header are padded; extra empty fields are ignored", async () => {
    expect((await rows("brin;naam;code\n25AA\n25AB;x;1;;\n")).map((r) => r.values.code)).toEqual(["", "1"]);
  });

  it("a quote inside an unquoted value is plain text", async () => {
    expect((await rows('brin;naam\n25AA;O"Brien\n'))[0]!.values.naam).toBe('O"Brien');
  });

  it("a lone-CR (old Mac) file is read too", async () => {
    expect(simple(await rows("brin;naam\r25AA;x\r\r25AB;y\r"))).toEqual([
      [2, "25AA", "x"],
      [4, "25AB", "y"],
    ]);
  });

  it("inspectCsv counts data rows and reports delimiter and encoding", async () => {
    const s = await inspectCsv([enc.encode("brin,naam\n25AA,x\n\n25AB,y\n")], opts);
    expect(s).toEqual({ rows: 2, delimiter: ",", encoding: "utf-8", columns: ["brin", "naam"] });
  });
});

describe("encodings", () => {
  it("UTF-8 with BOM", async () => {
    expect((await rows(["\uFEFFbrin;naam\n25AA;Zoë\n"]))[0]!.values).toMatchObject({ brin: "25AA", naam: "Zoë" });
  });

  it("Windows-1252 (Dutch Excel): é and € decoded", async () => {
    const bytes = Uint8Array.from([...enc.encode("brin;naam\n25AA;Ren"), 0xe9, 0x20, 0x80, ...enc.encode("\n")]);
    const s = await inspectCsv([bytes], opts);
    expect(s.encoding).toBe("windows-1252");
    expect((await rows(bytes))[0]!.values.naam).toBe("René €");
  });

  it("Windows-1252 whose first é comes after many ASCII rows switches safely mid-stream", async () => {
    const ascii = "brin;naam\n" + "25AA;Jansen\n".repeat(2000);
    const bytes = Uint8Array.from([...enc.encode(ascii + "25AB;Andr"), 0xe9, 0x0a]);
    const r = await rows([bytes.subarray(0, 10000), bytes.subarray(10000)]);
    expect(r).toHaveLength(2001);
    expect(r.at(-1)!.values.naam).toBe("André");
  });

  it("Windows-1252 with an accented letter before NBSP or š is not mistaken for UTF-8", async () => {
    const bytes = Uint8Array.from([...enc.encode("brin;naam\n25AA;Ren"), 0xe9, 0xa0, 0x4a, 0xe9, 0x9a, 0x0a]);
    expect((await rows(bytes))[0]!.values.naam).toBe("René\u00A0Jéš");
  });

  it("Windows-1252 first and UTF-8 later (Ã© after the fallback) is refused as mixed", async () => {
    const bytes = Uint8Array.from([...enc.encode("brin;naam\n25AA;Ren"), 0xe9, ...enc.encode("\n25AB;Zoë\n")]);
    await expect(rows(bytes)).rejects.toMatchObject({ reden: "codering" });
  });

  it.each([
    ["é as the very last byte, in a chunk of its own", (ascii: Uint8Array) => [ascii, Uint8Array.of(0xe9)]],
    [
      "é at the end of a chunk, the line ending in the next",
      (ascii: Uint8Array) => [Uint8Array.from([...ascii, 0xe9]), enc.encode("\n25AC;x\n")],
    ],
    [
      "é split over 1-byte chunks",
      (ascii: Uint8Array) => [ascii, Uint8Array.of(0xe9), enc.encode("\n"), enc.encode("2"), enc.encode("5AC;x\n")],
    ],
  ])("Windows-1252 fallback keeps a byte the UTF-8 decoder was holding: %s", async (_, parts) => {
    const ascii = enc.encode("brin;naam\n" + "25AA;x\n".repeat(1000) + "25AB;Ren");
    const r = await rows(parts(ascii), { ...opts, chunkChars: 1 });
    expect(r[1000]!.values.naam).toBe("René");
  });

  it("UTF-8 first and an invalid byte later is refused (mixed encodings), never silently garbled", async () => {
    const head = enc.encode("brin;naam\n25AA;Zoë\n" + "25AA;x\n".repeat(1000));
    const bytes = Uint8Array.from([...head, ...enc.encode("25AB;Ren"), 0xe9, 0x0a]);
    await expect(rows([bytes.subarray(0, 5000), bytes.subarray(5000)])).rejects.toMatchObject({ reden: "codering" });
  });
});

describe("streaming", () => {
  it("yields rows before the source ends, and memory does not hold the file", async () => {
    let produced = 0;
    async function* source() {
      yield enc.encode("brin;naam\n");
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield enc.encode("25AA;x\n".repeat(10_000));
      }
    }
    const it = readCsv(source(), opts);
    const first = await it.next();
    expect(first.value).toMatchObject({ rij: 2 });
    expect(produced).toBeLessThan(3);
    await it.return(undefined as never);
  });

  it("a Node Readable works as the source", async () => {
    const { Readable } = await import("node:stream");
    const r: CsvRow[] = [];
    for await (const row of readCsv(Readable.from([Buffer.from("brin;naam\n25AA;x\n")]), opts)) r.push(row);
    expect(r).toHaveLength(1);
  });

  it("refusals are FileRefusedError with a Dutch message", async () => {
    const e = await rows("").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileRefusedError);
    expect((e as FileRefusedError).message).toBe("Het bestand is leeg.");
  });
});
