// CSV export of one teldatum's assessments of the institution (one row per assessment, like DUO's
// TBG-i file), in the export conventions of formats.md.
import { notFound } from "next/navigation";
import { requireInstelling } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { csvResponse } from "@/lib/shared/csv";
import { beoordelingenOpTeldatum } from "@/lib/register/funding/queries";
import { fromDb } from "@/lib/shared/dates";

const HEADER = ["brin", "inschrijvingsvolgnummer", "teldatum", "status", "codes", "gewicht", "definitief"];

export async function GET(request: Request, { params }: { params: Promise<{ brin: string }> }) {
  const { brin } = await params;
  await requireInstelling(brin);
  const teldatum = new URL(request.url).searchParams.get("teldatum") ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(teldatum)) notFound();
  const rows = await beoordelingenOpTeldatum(db, brin, teldatum);
  return csvResponse(
    "bekostiging",
    HEADER,
    rows.map((r) => [
      r.brin,
      r.volgnummer,
      fromDb(r.peildatum),
      r.status,
      r.codes.join(" "),
      Number(r.gewicht).toFixed(2),
      r.definitief ? "D" : "V",
    ]),
    { filename: `bekostiging-${brin}-${teldatum}.csv` },
  );
}
