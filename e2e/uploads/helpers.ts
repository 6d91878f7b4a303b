// Upload test data: the CSV fixtures with this run's own volgnummers and BSNs, and sending a file
// the way the upload page does (raw body, same Origin) for tests that only need an upload to exist.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type APIRequestContext } from "@playwright/test";

/** Unique per run and per call, so specs can run against a database that already has data. */
export function runId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 * 36)
    .toString(36)
    .padStart(2, "0")}`;
}

/** A random BSN that passes the elfproef (9·d1 + … + 2·d8 − d9 ≡ 0 mod 11); never starting with 8. */
export function randomBsn(): string {
  for (;;) {
    const first = [1, 2, 3, 4, 5, 6, 7, 9][Math.floor(Math.random() * 8)]!;
    const digits = [first, ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    const last = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (last <= 9) return [...digits, last].join("");
  }
}

/** A fixture of e2e/fixtures with {RUN} and {BSN1}…{BSN9} filled in. */
export function fixture(name: string, run = runId()): { name: string; text: string; run: string } {
  const template = fs.readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), "utf8");
  const bsns = new Map<string, string>();
  const text = template.replaceAll("{RUN}", run).replace(/\{BSN(\d)\}/g, (_m, n: string) => {
    if (!bsns.has(n)) bsns.set(n, randomBsn());
    return bsns.get(n)!;
  });
  return { name: name.replace(/\.csv$/, `-${run}.csv`), text, run };
}

export async function sendUpload(
  request: APIRequestContext,
  baseURL: string,
  brin: string,
  soort: string,
  file: { name: string; text: string },
): Promise<string> {
  const response = await request.post(`/instelling/${brin}/uploads/bestand?soort=${soort}`, {
    headers: { Origin: baseURL, "Content-Type": "text/csv", "X-Bestandsnaam": encodeURIComponent(file.name) },
    data: Buffer.from(file.text, "utf8"),
  });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  return id;
}
