// `GET /beheer/instellingen/{brin}/deelnemers/export`: DUO's export of a school's student list (audited).
import { deelnemersCsv } from "@/lib/register/exports/deelnemers";
import { beheerScope } from "@/lib/register/scope";

export async function GET(request: Request, { params }: { params: Promise<{ brin: string }> }) {
  return deelnemersCsv(await beheerScope((await params).brin), request);
}
