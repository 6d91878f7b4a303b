// A fingerprint of the register and everything derived from it, to show that delivering the same
// file again changed nothing: row counts and an order-independent hash of every row per table.
import { db } from "@/lib/db";

const TABLES = [
  "Persoon",
  "Inschrijving",
  "Periode",
  "Bpv",
  "Resultaat",
  "Verzuimmelding",
  "Bekostigingsbeoordeling",
  "Signaal",
  "Bericht",
  "AuditEvent",
] as const;

export async function registerFingerprint(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    // sum() over a 64-bit hash of each row's text: equal sets of rows give equal sums, in any order.
    // An upload's own terugkoppeling (UPLOAD_VERWERKT, one per upload, like its Melding rows) is no
    // register state: a second delivery of the same file reports on itself without changing the register.
    const from = table === "Bericht" ? `(SELECT * FROM "Bericht" WHERE soort <> 'UPLOAD_VERWERKT')` : `"${table}"`;
    const [row] = await db.$queryRawUnsafe<{ n: bigint; h: string | null }[]>(
      `SELECT count(*) AS n, sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint)::text AS h FROM ${from} t`,
    );
    out[table] = `${row!.n}:${row!.h ?? 0}`;
  }
  return out;
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(before).filter((t) => before[t] !== after[t]);
}
