// CSV export of the audit viewer's current selection (all pages), streamed in keyset batches, in
// the export conventions of formats.md (';', BOM, formula guard). Both DUO roles; others get 404.
import { notFound, redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { maySee } from "@/lib/auth/roles";
import { AUDIT_CSV_KOPPEN, auditCsvRijen } from "@/lib/beheer/audit/query";
import { db } from "@/lib/db";
import { csvResponse } from "@/lib/shared/csv";
import { leesAuditFilter } from "../filter";

export async function GET(request: Request) {
  const user = await getSession();
  if (!user) redirect("/inloggen");
  if (!maySee(user.rol, "beheer")) notFound();
  const filter = leesAuditFilter(new URL(request.url).searchParams);
  return csvResponse("auditlog", AUDIT_CSV_KOPPEN, auditCsvRijen(db, { ...filter, na: undefined }));
}
