// GET /instelling/{brin}/uploads/{id}/fouten.csv: the whole error report, streamed as an export (formats.md).
import { notFound } from "next/navigation";
import { requireInstelling } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { foutenrapportCsv } from "@/lib/register/uploads/http";
import { getUploadStatus } from "@/lib/register/uploads/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ brin: string; id: string }> }) {
  const { brin, id } = await params;
  await requireInstelling(brin);
  if (!(await getUploadStatus(db, brin, id))) notFound();
  return foutenrapportCsv(brin, id);
}
