// `GET /beheer/instellingen/[brin]/resultaten/export`: the resultaten list's current selection as CSV (MBO only).
import { notFound } from "next/navigation";
import { resultatenCsv } from "@/lib/register/exports/verzuim-resultaten";
import { beheerScope } from "@/lib/register/scope";

export async function GET(request: Request, { params }: { params: Promise<{ brin: string }> }) {
  const scope = await beheerScope((await params).brin);
  if (scope.sector !== "MBO") notFound();
  return resultatenCsv(scope, request);
}
