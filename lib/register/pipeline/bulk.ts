// Set-based SQL for the pipeline's hot tables: one `INSERT … SELECT FROM ROWS FROM (unnest(…), …)`
// or `UPDATE … FROM ROWS FROM (…)` with one parameter per column (an array literal, or a JSON array
// for a jsonb column), however many rows, and deletes by id. Prisma's per-row calls cost more in
// the node process than the database spent on the rows; here the client sends a handful of arrays
// and PostgreSQL does the rest. Columns are listed per table, so a typo fails at compile time and
// every written row names every column.
// Rows (and other objects the pipeline makes per melding) are plain literals with their properties
// written out: `{ ...a, x, ...b }` takes V8's slow path, and its objects are slow to read after. On
// the assessment rows alone that cost 14 % of an import's CPU (BENCHMARKS.md).
import type { SqlReader, SqlTx } from "@/lib/db/sql";

export type Tx = SqlTx;

type ColumnType = "text" | "int4" | "bool" | "numeric" | "date" | "timestamp" | "jsonb" | "text[]" | { enum: string };

const TABLES = {
  Persoon: {
    pgn: "text",
    geboortedatum: "date",
    geslacht: { enum: "Geslacht" },
    achternaam: "text",
    voorvoegsel: "text",
    voornamen: "text",
    postcode: "text",
    woonland: "text",
    zoeknaam: "text",
  },
  Inschrijving: {
    brin: "text",
    inschrijvingsvolgnummer: "text",
    sector: { enum: "Sector" },
    persoonId: "int4",
    datumInschrijving: "date",
    datumUitschrijvingGepland: "date",
    datumUitschrijving: "date",
    redenUitschrijving: "text",
    gewijzigdOp: "timestamp",
    inhoudHash: "text",
    sorteerAchternaam: "text",
    sorteerVoornamen: "text",
  },
  Periode: {
    inschrijvingId: "int4",
    begindatum: "date",
    opleidingscode: "text",
    leerweg: { enum: "Leerweg" },
    indicatieBekostigbaar: "bool",
    vestigingscode: "text",
    groep: "int4",
  },
  Bpv: {
    inschrijvingId: "int4",
    bpvVolgnummer: "text",
    leerbedrijfId: "text",
    opleidingscode: "text",
    afsluitdatum: "date",
    datumBegin: "date",
    datumEindeGepland: "date",
    datumEinde: "date",
    omvangUren: "int4",
  },
  Resultaat: {
    brin: "text",
    resultaatvolgnummer: "text",
    persoonId: "int4",
    inschrijvingsvolgnummer: "text",
    opleidingscode: "text",
    soort: { enum: "ResultaatSoort" },
    datumBehaald: "date",
    indicatieBekostigbaar: "bool",
  },
  Verzuimmelding: {
    brin: "text",
    verzuimvolgnummer: "text",
    persoonId: "int4",
    soort: { enum: "VerzuimSoort" },
    datumBegin: "date",
    datumEinde: "date",
    toelichting: "text",
  },
  Bekostigingsbeoordeling: {
    brin: "text",
    soort: "text",
    volgnummer: "text",
    persoonId: "int4",
    peildatum: "date",
    status: "text",
    codes: "text[]",
    gewicht: "numeric",
    parameters: "jsonb",
    definitief: "bool",
    berekendOp: "timestamp",
    opleidingscode: "text",
    leerweg: { enum: "Leerweg" },
  },
  BekostigingTellingDelta: {
    brin: "text",
    peildatum: "date",
    soort: "text",
    opleidingscode: "text",
    leerweg: "text",
    status: "text",
    codes: "text",
    aantal: "int4",
    gewicht: "numeric",
  },
  Signaal: {
    brin: "text",
    soort: { enum: "MeldingSoort" },
    sleutel: "text",
    persoonId: "int4",
    code: "text",
    parameters: "jsonb",
    sindsOp: "timestamp",
    volgnummer: "text",
  },
  Melding: {
    brin: "text",
    bron: { enum: "MeldingBron" },
    uploadId: "text",
    soort: { enum: "MeldingSoort" },
    sleutel: "text",
    verwijdering: "bool",
    status: { enum: "MeldingStatus" },
    gewijzigd: "bool",
    codes: "jsonb",
    ontvangenOp: "timestamp",
    verwerktOp: "timestamp",
    actor: "text",
  },
  UploadFout: { uploadId: "text", rij: "int4", kolom: "text", code: "text", melding: "text" },
  AuditEvent: {
    tijdstip: "timestamp",
    actorType: "text",
    actor: "text",
    brin: "text",
    entiteit: "text",
    sleutel: "text",
    actie: "text",
    voor: "jsonb",
    na: "jsonb",
    reden: "text",
  },
  Bericht: {
    brin: "text",
    soort: { enum: "BerichtSoort" },
    gegevens: "jsonb",
    gelezen: "bool",
    aangemaaktOp: "timestamp",
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

type Table = keyof typeof TABLES;
type Columns<T extends Table> = keyof (typeof TABLES)[T];
export type BulkRow<T extends Table> = { [K in Columns<T>]: unknown };

/** One non-null value as the text of an array element, before quoting. */
function asText(type: ColumnType, value: unknown): string {
  if (type === "date") return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (type === "timestamp") return value instanceof Date ? value.toISOString() : String(value);
  if (type === "jsonb") return JSON.stringify(value);
  // Arrays of text cannot be nested in one array parameter; they travel joined by U+001F.
  if (type === "text[]") return (value as string[]).join("\u001f");
  if (type === "bool") return value ? "t" : "f";
  return String(value);
}

// indexOf, not a regular expression: this runs for every value of every row a batch writes.
const quote = (text: string) =>
  text.indexOf('"') < 0 && text.indexOf("\\") < 0 ? `"${text}"` : `"${text.replace(/[\\"]/g, "\\$&")}"`;

/**
 * A PostgreSQL array literal of `n` values, built in one join. node-postgres serialises a JS array
 * element by element into a growing string, which for a batch's columns allocated ~20× their size
 * (the heap profile's largest item); a literal it passes through untouched.
 */
function literal(type: ColumnType, n: number, valueAt: (i: number) => unknown): string {
  const parts = new Array<string>(n);
  const bare = type === "int4" || type === "bool";
  // A value equal to the one before is not converted again: a batch stamps its rows with one Date
  // (berekendOp, tijdstip), and runs of one brin, status or code repeat.
  let lastValue: unknown;
  let lastText = "";
  for (let i = 0; i < n; i++) {
    const value = valueAt(i);
    if (value === null || value === undefined) {
      parts[i] = "NULL";
      continue;
    }
    if (value !== lastValue) {
      lastText = bare ? asText(type, value) : quote(asText(type, value));
      lastValue = value;
    }
    parts[i] = lastText;
  }
  return `{${parts.join(",")}}`;
}

/** A column's values as one array literal. */
export function arrayLiteral(type: ColumnType, values: readonly unknown[]): string {
  return literal(type, values.length, (i) => values[i]);
}

/** The column `name` of rows as one array literal, read straight from the rows (no array in between). */
function columnLiteral(type: ColumnType, rows: readonly object[], name: string): string {
  return literal(type, rows.length, (i) => (rows[i] as Record<string, unknown>)[name]);
}

/** A parameter as sent: a JS array becomes its literal (numbers bare, anything else quoted text). */
export function param(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return arrayLiteral(value.every((v) => typeof v === "number" || v === null) ? "int4" : "text", value);
}

const arrayType = (type: ColumnType) =>
  typeof type === "object" || type === "text[]" || type === "numeric"
    ? "text[]"
    : type === "timestamp"
      ? "timestamp(3)[]"
      : `${type}[]`;

/**
 * A column as its parameter: a jsonb column as one JSON array of its values (one native
 * JSON.stringify; as elements of a text array every value was stringified, then escaped quote by
 * quote, and an audit row's JSON cost 6–10 µs), any other column as an array literal.
 */
function columnParam(type: ColumnType, rows: readonly object[], name: string): string {
  if (type !== "jsonb") return columnLiteral(type, rows, name);
  const values = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) values[i] = (rows[i] as Record<string, unknown>)[name] ?? null;
  return JSON.stringify(values);
}

/** The set-returning function that yields a column's parameter row by row, for ROWS FROM (…). */
const columnSource = (type: ColumnType, index: number) =>
  type === "jsonb" ? `jsonb_array_elements($${index}::jsonb)` : `unnest($${index}::${arrayType(type)})`;

function selectExpr(type: ColumnType, column: string): string {
  if (typeof type === "object") return `${column}::"${type.enum}"`;
  if (type === "text[]") return `coalesce(string_to_array(${column}, chr(31)), '{}')`;
  // A JS null (or undefined) is SQL NULL, as in every other column, not the JSON value null.
  if (type === "jsonb") return `nullif(${column}, 'null'::jsonb)`;
  if (type === "numeric") return `${column}::numeric`;
  return column;
}

function columnsOf<T extends Table>(table: T, only?: readonly Columns<T>[]): [string, ColumnType][] {
  const all = Object.entries(TABLES[table]) as [string, ColumnType][];
  return only ? all.filter(([name]) => (only as readonly string[]).includes(name)) : all;
}

function insertStatement<T extends Table>(
  table: T,
  rows: readonly BulkRow<T>[],
  ids?: readonly number[],
): { sql: string; params: unknown[] } {
  const columns: [string, ColumnType][] = [
    ...(ids ? [["id", "int4"] as [string, ColumnType]] : []),
    ...columnsOf(table),
  ];
  const params = columns.map(([name, type]) =>
    name === "id" && ids ? arrayLiteral(type, ids) : columnParam(type, rows, name),
  );
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  // ROWS FROM zips the columns' functions row by row, as unnest(a, b, …) does for arrays alone.
  const sources = columns.map(([, type], i) => columnSource(type, i + 1)).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const select = columns.map(([, type], i) => selectExpr(type, `u.c${i}`)).join(", ");
  // WITH ORDINALITY + ORDER BY: rows go in in the caller's order (ids of a serial column follow it).
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM ROWS FROM (${sources}) WITH ORDINALITY AS u(${aliases}, n) ORDER BY u.n`;
  return { sql, params };
}

/** Sent ahead (SqlTx.write): the caller goes on while the database inserts. */
export function insertRows<T extends Table>(tx: Tx, table: T, rows: readonly BulkRow<T>[]): void {
  if (!rows.length) return;
  const { sql, params } = insertStatement(table, rows);
  tx.write(sql, params);
}

/** Inserts rows with ids reserved by reserveIds (sent ahead: nothing to wait for). */
export function insertRowsWithIds<T extends "Persoon" | "Inschrijving" | "Melding">(
  tx: Tx,
  table: T,
  ids: readonly number[],
  rows: readonly BulkRow<T>[],
): void {
  if (!rows.length) return;
  const { sql, params } = insertStatement(table, rows, ids);
  tx.write(sql, params);
}

type Sequenced = "Persoon" | "Inschrijving" | "Melding";

/**
 * Ids for rows about to be inserted, taken from the tables' own sequences in one round trip, so the
 * inserts themselves can be sent ahead instead of waited for (RETURNING). Unused ids leave a gap,
 * as a rolled-back insert would.
 */
export async function reserveIds(
  tx: Tx,
  counts: Partial<Record<Sequenced, number>>,
): Promise<Record<Sequenced, number[]>> {
  const tables = (Object.keys(counts) as Sequenced[]).filter((t) => (counts[t] ?? 0) > 0);
  const out: Record<Sequenced, number[]> = { Persoon: [], Inschrijving: [], Melding: [] };
  if (!tables.length) return out;
  const select = tables
    .map(
      (t, i) => `(SELECT array_agg(nextval('"${t}_id_seq"')::int4) FROM generate_series(1, $${i + 1}::int4)) AS "${t}"`,
    )
    .join(", ");
  const [row] = await tx.query<Record<Sequenced, number[]>>(
    `SELECT ${select}`,
    tables.map((t) => counts[t]),
  );
  for (const t of tables) out[t] = (row![t] ?? []).map(Number);
  return out;
}

/** Sets `columns` of the rows with these ids, each to its own value, in one statement (sent ahead). */
export function updateRows<T extends Table, C extends Columns<T>>(
  tx: Tx,
  table: T,
  columns: readonly C[],
  rows: readonly ({ id: number } & { [K in C]: unknown })[],
): void {
  if (!rows.length) return;
  const cols = columnsOf(table, columns);
  const params: unknown[] = [
    arrayLiteral(
      "int4",
      rows.map((r) => r.id),
    ),
    ...cols.map(([name, type]) => columnParam(type, rows, name)),
  ];
  const sources = ["unnest($1::int4[])", ...cols.map(([, type], i) => columnSource(type, i + 2))].join(", ");
  const aliases = ["id", ...cols.map((_, i) => `c${i}`)].join(", ");
  const set = cols.map(([name, type], i) => `"${name}" = ${selectExpr(type, `u.c${i}`)}`).join(", ");
  tx.write(`UPDATE "${table}" t SET ${set} FROM ROWS FROM (${sources}) AS u(${aliases}) WHERE t."id" = u.id`, params);
}

/** Sent ahead, as insertRows. */
export function deleteByIds(tx: Tx, table: Table, ids: readonly number[]): void {
  if (!ids.length) return;
  tx.write(`DELETE FROM "${table}" WHERE "id" = ANY($1::int4[])`, [arrayLiteral("int4", ids)]);
}

/** A raw read; parameters only, never interpolated values. */
export function select<T>(tx: SqlReader, sql: string, ...params: unknown[]): Promise<T[]> {
  return tx.query<T>(sql, params.map(param));
}
