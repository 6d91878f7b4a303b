// Export conventions (formats.md "Exports"): ';', BOM, quoting, formula guard; and a round trip through the reader.
import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/register/csv";
import { CSV_BOM, csvExportStream, formatCsvCell, formatCsvLine, toCsv } from "./csv";

describe("formatCsvCell", () => {
  it.each([
    ["plain", "Jansen", "Jansen"],
    ["delimiter", "a;b", '"a;b"'],
    ["quote", 'zei "ja"', '"zei ""ja"""'],
    ["line break", "a\nb", '"a\nb"'],
    ["formula =", "=SUM(A1)", "'=SUM(A1)"],
    ["formula +", "+31 6", "'+31 6"],
    ["formula -", "-1+2", "'-1+2"],
    ["formula @", "@cmd", "'@cmd"],
    ["tab first", "\tx", "'\tx"],
    ["CR first", "\rx", '"\'\rx"'],
    ["formula with delimiter", "=A1;B1", '"\'=A1;B1"'],
    ["null", null, ""],
    ["undefined", undefined, ""],
    ["boolean", true, "J"],
    ["negative number stays a number", -1.5, "-1.5"],
    ["comma is not special with ;", "Jansen, Eva", "Jansen, Eva"],
  ])("%s", (_, input, expected) => {
    expect(formatCsvCell(input)).toBe(expected);
  });
});

describe("whole exports", () => {
  it("toCsv starts with a BOM and uses CRLF", () => {
    expect(toCsv(["a", "b"], [["1", 2]])).toBe(`${CSV_BOM}a;b\r\n1;2\r\n`);
  });

  it("csvExportStream yields the same text in pieces", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`naam ${i}`, i, i % 2 === 0]);
    let streamed = "";
    let pieces = 0;
    for await (const piece of csvExportStream(["naam", "nr", "vlag"], rows)) {
      streamed += piece;
      pieces++;
    }
    expect(streamed).toBe(toCsv(["naam", "nr", "vlag"], rows));
    expect(pieces).toBeGreaterThan(1);
  });

  it("what we write, the upload reader reads back (apart from the formula guard)", async () => {
    const values = ["Jansen; Eva", 'de "Vries"', "regel\r\nregel", "Zoë 😀"];
    const text = toCsv(
      ["brin", "naam"],
      values.map((v) => ["25AA", v]),
    );
    const got: string[] = [];
    for await (const r of readCsv([new TextEncoder().encode(text)], { columns: ["brin", "naam"] }))
      got.push(r.values.naam!);
    expect(got).toEqual(values);
    expect(formatCsvLine(["=1"])).toBe("'=1\r\n");
  });
});
