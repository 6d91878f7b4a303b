// GET /instelling/{brin}/uploads/{id}/status: the upload's status, progress and counts as JSON, for polling.
import { db } from "@/lib/db";
import { getUploadStatus } from "@/lib/register/uploads/queries";
import { json, NIET_GEVONDEN, requireInstellingJson, weiger } from "../../_lib/json-guard";

export async function GET(_request: Request, { params }: { params: Promise<{ brin: string; id: string }> }) {
  const { brin, id } = await params;
  const access = await requireInstellingJson(brin);
  if (access instanceof Response) return access;
  const status = await getUploadStatus(db, brin, id);
  return status ? json(200, status) : weiger(404, NIET_GEVONDEN);
}
