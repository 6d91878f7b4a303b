// `GET /beheer/referentie/{soort}/export[?q=…]`: one soort of reference data with the list's search
// as CSV, the list's columns (DUO staff only; an unknown soort is a 404).
import { notFound } from "next/navigation";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { csvResponse } from "@/lib/shared/csv";
import { lijst, PAGE_SIZE } from "@/lib/rio/queries";
import { isReferentieSoort, type ReferentieSoort } from "@/lib/rio/referentie";

async function* rijen(soort: ReferentieSoort, q: string): AsyncGenerator<string[]> {
  // Reference data is thousands of rows, not millions: the list's own pages, one after another.
  for (let pagina = 1; ; pagina++) {
    const page = await lijst(db, soort, q, pagina);
    for (const r of page.rijen) yield r.cellen.map((c) => (c === "—" ? "" : c));
    if (pagina * PAGE_SIZE >= page.totaal) return;
  }
}

export async function GET(request: Request, { params }: { params: Promise<{ soort: string }> }) {
  await requireSection("beheer");
  const { soort } = await params;
  if (!isReferentieSoort(soort)) notFound();
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const { kolommen } = await lijst(db, soort, q, 1);
  return csvResponse(`referentie-${soort}`, kolommen, rijen(soort, q));
}
