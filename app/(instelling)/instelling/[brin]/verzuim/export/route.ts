// `GET /instelling/[brin]/verzuim/export`: the verzuim list's current selection as CSV (PO only).
import { notFound } from "next/navigation";
import { verzuimCsv } from "@/lib/register/exports/verzuim-resultaten";
import { instellingScope } from "@/lib/register/scope";

export async function GET(request: Request, { params }: { params: Promise<{ brin: string }> }) {
  const scope = await instellingScope((await params).brin);
  if (scope.sector !== "PO") notFound();
  return verzuimCsv(scope, request);
}
