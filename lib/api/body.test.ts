// Request bodies: wrong media type, too large, too deep or not JSON are 4xx problem+json, never a 500.
import { describe, expect, it } from "vitest";
import { jsonDepth, MAX_DEPTH, readJsonBody } from "./body";

const request = (body: BodyInit, contentType: string | null = "application/json") =>
  new Request("http://localhost/api/v1/x", {
    method: "PUT",
    body,
    headers: contentType ? { "Content-Type": contentType } : {},
  });

async function refused(r: Awaited<ReturnType<typeof readJsonBody>>) {
  if (r.ok) throw new Error("accepted");
  expect(r.response.headers.get("content-type")).toBe("application/problem+json");
  return { status: r.response.status, body: (await r.response.json()) as { detail: string } };
}

describe("readJsonBody", () => {
  it("reads a JSON object", async () => {
    expect(await readJsonBody(request('{"a":[1,{"b":2}]}'))).toEqual({ ok: true, value: { a: [1, { b: 2 }] } });
    expect((await readJsonBody(request("{}", "application/merge-patch+json; charset=utf-8"))).ok).toBe(true);
  });

  it("refuses another or a missing content type with 415", async () => {
    expect((await refused(await readJsonBody(request("{}", "text/plain")))).status).toBe(415);
    expect((await refused(await readJsonBody(request("{}", null)))).status).toBe(415);
  });

  it("refuses a body over the limit with 413, even without Content-Length", async () => {
    const big = JSON.stringify({ achternaam: "x".repeat(2 * 1024 * 1024) });
    expect((await refused(await readJsonBody(request(big)))).status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const streamed = new Request("http://localhost/x", {
      method: "PUT",
      body: stream,
      headers: { "Content-Type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect((await refused(await readJsonBody(streamed))).status).toBe(413);
  });

  it("refuses deep nesting, broken JSON and an empty body with 400 and a Dutch message", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(await refused(await readJsonBody(request(deep)))).toEqual({
      status: 400,
      body: expect.objectContaining({ detail: expect.stringContaining("genest") }),
    });
    expect((await refused(await readJsonBody(request('{"a":')))).body.detail).toMatch(/geen geldige JSON/);
    expect((await refused(await readJsonBody(request("")))).status).toBe(400);
    expect((await refused(await readJsonBody(request(new Uint8Array([0xff, 0xfe, 0x7b]))))).status).toBe(400);
  });

  it("counts depth outside strings only", () => {
    expect(jsonDepth('{"a":"[[[[[[[[[[[[[[[[[[[[","b":[{}]}')).toBe(3);
    expect(jsonDepth('"\\"["')).toBe(0);
    expect(jsonDepth("[".repeat(MAX_DEPTH + 5), MAX_DEPTH)).toBe(MAX_DEPTH + 1);
  });
});
