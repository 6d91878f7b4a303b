// CSV export of the audit viewer's current selection (all pages), streamed in keyset batches, in
// the export conventions of formats.md (';', BOM, formula guard). Both DUO roles; others get 404.
import { notFound, redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { maySee } from "@/lib/auth/roles";
import { AUDIT_CSV_KOPPEN, auditCsvRijen } from "@/lib/beheer/audit/query";
import { db } from "@/lib/db";
import { csvExportStream } from "@/lib/register/csv";
import { leesAuditFilter } from "../filter";
import { todayIso } from "@/lib/register/pipeline/dates";

export async function GET(request: Request) {
  const user = await getSession();
  if (!user) redirect("/inloggen");
  if (!maySee(user.rol, "beheer")) notFound();
  const filter = leesAuditFilter(new URL(request.url).searchParams);
  const body = csvExportStream(AUDIT_CSV_KOPPEN, auditCsvRijen(db, { ...filter, na: undefined }));
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await body.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
  });
  const stamp = todayIso();
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="auditlog-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
