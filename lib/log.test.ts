// The logger masks PGNs in every string of every record and censors secret fields.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, maskPgn, scrub } from "./log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: "info", destination }), lines };
}

describe("maskPgn", () => {
  it("masks nine digits on their own and the dotted spelling, nothing else", () => {
    expect(maskPgn("pgn 123456789 in /deelnemers/123456789?x=1")).toBe("pgn ********* in /deelnemers/*********?x=1");
    expect(maskPgn("bsn 1234.56.789.")).toBe("bsn *********.");
    expect(maskPgn("12345678 and 1234567890 stay")).toBe("12345678 and 1234567890 stay");
  });
});

describe("the logger", () => {
  it("masks the message, fields at any depth, and an error's message and stack", () => {
    const { logger, lines } = capture();
    const error = new Error("Persoon 123456789 niet gevonden");
    logger.error(
      { path: "/instelling/25AA/deelnemers/987654321", nested: { rows: [{ pgn: "1234.56.789" }] }, err: error },
      "Fout bij %s",
      "111222333",
    );
    const line = JSON.stringify(lines[0]);
    expect(line).not.toMatch(/123456789|987654321|1234\.56\.789|111222333/);
    expect(lines[0]).toMatchObject({
      level: "error",
      msg: "Fout bij *********",
      path: "/instelling/25AA/deelnemers/*********",
      err: { type: "Error", message: "Persoon ********* niet gevonden" },
    });
    expect((lines[0]!.err as { stack: string }).stack).toContain("Persoon ********* niet gevonden");
  });

  it("censors fields named like secrets, and keeps request ids whole", () => {
    const { logger, lines } = capture();
    const requestId = "0f1e2d3c-4b5a-4978-8123-a123456789bc"; // nine digits in a row, yet an id
    logger.info(
      { requestId, password: "hunter2", client_secret: "s", headers: { authorization: "Bearer x", Cookie: "c" } },
      "verzoek",
    );
    expect(lines[0]).toMatchObject({
      requestId,
      password: "[verborgen]",
      client_secret: "[verborgen]",
      headers: { authorization: "[verborgen]", Cookie: "[verborgen]" },
    });
  });

  it("follows LOG_LEVEL: below it nothing is written", () => {
    const { logger, lines } = capture();
    logger.debug("niet te zien");
    expect(lines).toHaveLength(0);
  });

  it("scrub makes errors and dates plain", () => {
    expect(scrub({ at: new Date("2026-12-04T00:00:00Z") })).toEqual({ at: "2026-12-04T00:00:00.000Z" });
  });
});
