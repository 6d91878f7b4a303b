// `GET /beheer/leveranciers/export`: the leveranciers with their API clients as CSV, one line per
// client (a leverancier without clients: one line) — DUO_BEHEERDER only. Secrets are never exported.
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { leveranciers } from "@/lib/beheer/clients/clients";
import { csvResponse } from "@/lib/shared/csv";
import type { CsvCell } from "@/lib/shared/csv";

export async function GET() {
  await requireCapability("manageUsers");
  const lijst = await leveranciers(db);
  const rows: CsvCell[][] = lijst.flatMap((l) =>
    l.clients.length === 0
      ? [[l.naam, null, null, null, null, null]]
      : l.clients.map((c) => [
          l.naam,
          c.clientId,
          c.certThumbprint,
          c.rateLimit,
          c.aangemaaktOp.toISOString(),
          c.ingetrokkenOp?.toISOString() ?? null,
        ]),
  );
  return csvResponse(
    "leveranciers",
    ["leverancier", "client_id", "certificaat_thumbprint", "rate_limit", "aangemaakt_op", "ingetrokken_op"],
    rows,
  );
}
