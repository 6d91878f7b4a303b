// GET /instelling/{brin}/uploads/{id}/fouten.csv: the whole error report, streamed as an export (formats.md).
import { notFound } from "next/navigation";
import { requireInstelling } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { csvExportStream } from "@/lib/register/csv/export";
import { alleFouten, getUploadStatus } from "@/lib/register/uploads/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ brin: string; id: string }> }) {
  const { brin, id } = await params;
  await requireInstelling(brin);
  if (!(await getUploadStatus(db, brin, id))) notFound();

  const encoder = new TextEncoder();
  const pieces = csvExportStream(["rij", "kolom", "code", "melding"], mapRows(alleFouten(db, brin, id)));
  const body = new ReadableStream<Uint8Array>({
    // Pulled piece by piece: the client's pace decides how fast the database is read.
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="foutenrapport-${id}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

async function* mapRows(fouten: AsyncIterable<{ rij: number; kolom: string; code: string; melding: string }>) {
  for await (const f of fouten) yield [f.rij, f.kolom, f.code, f.melding] as const;
}
