// `GET /instelling/[brin]/uploads/export`: the school's uploads as CSV.
import { uploadsCsv } from "@/lib/register/exports/uploads";
import { instellingScope } from "@/lib/register/scope";

export async function GET(_request: Request, { params }: { params: Promise<{ brin: string }> }) {
  return uploadsCsv(await instellingScope((await params).brin));
}
