// `GET /osr/instellingen/{brin}/mandaten/export`: the school's mandates as CSV (its beheerder only).
import { db } from "@/lib/db";
import { mandatenCsv } from "@/lib/osr/export";
import { mandatenVanSchool } from "@/lib/osr/mandaten";
import { requireSchoolBeheer } from "@/lib/osr/toegang";
import { todayIso } from "@/lib/shared/dates";

export async function GET(_request: Request, { params }: { params: Promise<{ brin: string }> }) {
  const { brin } = await params;
  await requireSchoolBeheer(brin);
  return mandatenCsv(`mandaten-${brin}`, await mandatenVanSchool(db, brin, todayIso()));
}
