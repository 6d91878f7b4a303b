// GET /beheer/instellingen/{brin}/uploads/{id}/fouten.csv: an upload's error report for DUO staff,
// the same streamed export as the institution's own.
import { notFound } from "next/navigation";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { foutenrapportCsv } from "@/lib/register/uploads/http";
import { getUploadStatus } from "@/lib/register/uploads/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ brin: string; id: string }> }) {
  await requireSection("beheer");
  const { brin, id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id) || !(await getUploadStatus(db, brin, id))) notFound();
  return foutenrapportCsv(brin, id);
}
