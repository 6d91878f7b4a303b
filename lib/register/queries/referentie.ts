// Reference data the register pages offer as choices (RIO: national, not of one institution).
import { defaultClient, type Client } from "./shared";

/** Every opleiding in RIO by code: a student may be enrolled in one without a licence (M03). */
export async function opleidingKeuzes(
  client: Client = defaultClient,
): Promise<{ opleidingscode: string; naam: string }[]> {
  return client.opleiding.findMany({
    select: { opleidingscode: true, naam: true },
    orderBy: { opleidingscode: "asc" },
  });
}

/** The sector's teldata as ISO dates, oldest first (the funding filter of the student list). */
export async function teldataVan(sector: "MBO" | "PO", client: Client = defaultClient): Promise<string[]> {
  const rows = await client.teldatum.findMany({
    where: { sector },
    select: { datum: true },
    orderBy: { datum: "asc" },
  });
  return rows.map((r) => r.datum.toISOString().slice(0, 10));
}

/**
 * The teldatum a funding column shows by default: the next one from today on (or today's), else
 * the latest. Null when the sector has none.
 */
export function standaardTeldatum(teldata: readonly string[], vandaag: string): string | null {
  return teldata.find((d) => d >= vandaag) ?? teldata.at(-1) ?? null;
}
