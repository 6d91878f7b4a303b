// `GET /beheer/osr/export[?brin=…]`: every school's mandates (or one school's) as CSV, DUO staff only.
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { mandatenCsv } from "@/lib/osr/export";
import { alleMandaten } from "@/lib/osr/mandaten";
import { todayIso } from "@/lib/shared/dates";

export async function GET(request: Request) {
  await requireSection("beheer");
  const brin = new URL(request.url).searchParams.get("brin") ?? "";
  const filter = /^[0-9]{2}[A-Z]{2}$/.test(brin) ? { brin } : {};
  return mandatenCsv(filter.brin ? `mandaten-${filter.brin}` : "mandaten", await alleMandaten(db, todayIso(), filter));
}
