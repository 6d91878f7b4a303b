// The RIO CSV import of the back-office: upload → preview (stored, so preview and apply are two
// requests) → apply on confirmation. Nothing in the reference data changes before the apply, and an
// import is applied at most once.
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Prisma } from "@/generated/prisma/client";
import {
  applyRows,
  planRows,
  REFERENTIE_SCHEMAS,
  ReferentieInvoerError,
  type Plan,
  type ReferentieRij,
  type ReferentieSoort,
  type RijFout,
} from "./referentie";

// Under the 1 MB body limit of server actions; the RIO files are a few kB.
export const MAX_BYTES = 900_000;
export const MAX_ROWS = 50_000;

export interface ParsedFile {
  rows: { rij: number; data: ReferentieRij }[];
  fouten: RijFout[];
}

export interface StoredPlan {
  plan: Plan;
  rows: ParsedFile["rows"];
}

/** A Dutch message per zod issue; zod's own messages are English. */
function melding(issue: z.core.$ZodIssue, record: Record<string, string>): string {
  const veld = String(issue.path[0] ?? "");
  const waarde = record[veld];
  if (waarde === undefined) return `${veld} ontbreekt`;
  if (waarde === "") return `${veld} is leeg`;
  switch (issue.code) {
    case "invalid_value":
      return `${veld} "${waarde}" moet een van ${issue.values.join(", ")} zijn`;
    case "invalid_format":
      return veld.endsWith("datum")
        ? `${veld} "${waarde}" is geen datum (JJJJ-MM-DD)`
        : `${veld} "${waarde}" heeft niet het juiste formaat`;
    case "too_small":
    case "too_big":
      return `${veld} "${waarde}" ligt buiten het toegestane bereik`;
    default:
      return `${veld} "${waarde}" is ongeldig`;
  }
}

const isRealDate = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 10) === iso &&
    iso >= "1900-01-01" &&
    iso <= "2999-12-31"
  );
};

/** Reads a `;`-separated RIO file; a problem with the file as a whole throws a Dutch message. */
export function parseReferentieCsv(soort: ReferentieSoort, bytes: Buffer): ParsedFile {
  if (bytes.length === 0) throw new ReferentieInvoerError("bestandLeeg");
  if (bytes.length > MAX_BYTES) throw new ReferentieInvoerError("bestandTeGroot");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
    throw new ReferentieInvoerError("geenUtf8");
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  const schema = REFERENTIE_SCHEMAS[soort];
  const expected = Object.keys(schema.shape);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: ";",
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      max_record_size: 100_000,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ReferentieInvoerError("geenCsv", { regel: line ? String(line) : "geen" });
  }
  const [header, ...body] = records;
  if (!header) throw new ReferentieInvoerError("bestandLeeg");
  const columns = header.map((h) => h.trim().toLowerCase());
  const missing = expected.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new ReferentieInvoerError("kolomOntbreekt", {
      soort,
      ontbreekt: missing.join(", "),
      verwacht: expected.join(";"),
    });
  }
  const unknown = columns.filter((c) => !expected.includes(c));
  if (unknown.length)
    throw new ReferentieInvoerError("kolomOnbekend", { onbekend: unknown.join(", "), verwacht: expected.join(";") });
  if (new Set(columns).size !== columns.length) throw new ReferentieInvoerError("kolomDubbel");
  if (body.length === 0) throw new ReferentieInvoerError("alleenKolomkop");
  if (body.length > MAX_ROWS) throw new ReferentieInvoerError("teVeelRijen", { max: String(MAX_ROWS) });

  const result: ParsedFile = { rows: [], fouten: [] };
  body.forEach((values, index) => {
    const rij = index + 2;
    if (values.length !== columns.length) {
      result.fouten.push({ rij, melding: `rij ${rij}: ${values.length} kolommen in plaats van ${columns.length}` });
      return;
    }
    const record = Object.fromEntries(columns.map((c, i) => [c, values[i]!]));
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      result.fouten.push({
        rij,
        melding: `rij ${rij}: ${[...new Set(parsed.error.issues.map((i) => melding(i, record)))].join("; ")}`,
      });
      return;
    }
    const data = parsed.data as ReferentieRij;
    const badDate = Object.entries(data).find(
      ([k, v]) => k.endsWith("datum") && typeof v === "string" && !isRealDate(v),
    );
    if (badDate) {
      result.fouten.push({ rij, melding: `rij ${rij}: ${badDate[0]} "${String(badDate[1])}" bestaat niet als datum` });
      return;
    }
    result.rows.push({ rij, data });
  });
  return result;
}

/** Parses the file and stores its preview; returns the import's id. Reference data are not touched. */
export async function bereidImportVoor(
  db: PrismaClient,
  input: { soort: ReferentieSoort; bestandsnaam: string; bytes: Buffer; actor: string },
): Promise<string> {
  const parsed = parseReferentieCsv(input.soort, input.bytes);
  const plan = await db.$transaction((tx) => planRows(tx, input.soort, parsed.rows, parsed.fouten));
  const stored: StoredPlan = { plan, rows: parsed.rows };
  const row = await db.referentieImport.create({
    data: {
      soort: input.soort,
      bestandsnaam: input.bestandsnaam.slice(0, 200),
      sha256: createHash("sha256").update(input.bytes).digest("hex"),
      plan: stored as unknown as Prisma.InputJsonObject,
      actor: input.actor,
    },
  });
  return row.id;
}

/** JSON with sorted keys: jsonb does not keep the key order, so compare canonical forms. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const changes = (plan: Plan) =>
  canonical({ nieuw: plan.nieuw, gewijzigd: plan.gewijzigd, herberekening: plan.herberekening });

/**
 * Applies a previewed import: the records, their AuditEvents and the recompute in one transaction.
 * Applying an import that was already applied changes nothing and returns what the first apply
 * did. Returns the recompute to queue after the commit (null when none, or already applied).
 */
export async function pasImportToe(
  db: PrismaClient,
  input: { id: string; actor: string },
): Promise<{ herberekeningId: string | null; alToegepast: boolean }> {
  return db.$transaction(
    async (tx) => {
      // The conditional update takes the row lock: a second apply waits, then finds it applied.
      const claimed = await tx.referentieImport.updateMany({
        where: { id: input.id, status: "VOORBEREID" },
        data: { status: "TOEGEPAST", toegepastDoor: input.actor, toegepastOp: new Date() },
      });
      const imp = await tx.referentieImport.findUnique({ where: { id: input.id } });
      if (!imp) throw new ReferentieInvoerError("importBestaatNiet");
      if (claimed.count === 0) return { herberekeningId: imp.herberekeningId, alToegepast: true };
      const stored = imp.plan as unknown as StoredPlan;
      if (stored.plan.fouten.length) throw new ReferentieInvoerError("bestandMetFouten");
      const soort = imp.soort as ReferentieSoort;
      const current = await planRows(tx, soort, stored.rows);
      if (changes(current) !== changes(stored.plan)) {
        throw new ReferentieInvoerError("referentieGewijzigd");
      }
      const { herberekeningId } = await applyRows(tx, soort, stored.rows, {
        actor: input.actor,
        aanleiding: `RIO-import ${imp.bestandsnaam} (${soort}): ${current.nieuw.length} nieuw, ${current.gewijzigd.length} gewijzigd`,
        reden: `RIO-import ${imp.id}`,
      });
      await tx.referentieImport.update({ where: { id: imp.id }, data: { herberekeningId } });
      return { herberekeningId, alToegepast: false };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
