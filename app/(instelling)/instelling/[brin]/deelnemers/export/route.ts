// `GET /instelling/{brin}/deelnemers/export`: the list's current selection as CSV (lib/register/exports).
import { deelnemersCsv } from "@/lib/register/exports/deelnemers";
import { instellingScope } from "@/lib/register/scope";

export async function GET(request: Request, { params }: { params: Promise<{ brin: string }> }) {
  return deelnemersCsv(await instellingScope((await params).brin), request);
}
