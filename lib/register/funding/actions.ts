"use server";
// Server action: DUO_BEHEERDER fixes a teldatum (vaststellen). The role is checked here, on the server.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { foutTekst, vertaalFout } from "@/lib/i18n/vertaal-fout";
import { db } from "@/lib/db";
import { vaststellen, VaststellingError } from "@/lib/register/funding/vaststellen";

const input = z.object({ sector: z.enum(["PO", "MBO"]), datum: z.iso.date() });

export type VaststellenState = { ok: boolean; melding: string } | null;

export async function vaststellenAction(_previous: VaststellenState, formData: FormData): Promise<VaststellenState> {
  const user = await requireRole("DUO_BEHEERDER");
  const parsed = input.safeParse({ sector: formData.get("sector"), datum: formData.get("datum") });
  if (!parsed.success) return { ok: false, melding: await foutTekst("teldatumOngeldig") };
  try {
    const result = await vaststellen(db, { ...parsed.data, actor: user.email });
    revalidatePath("/beheer/teldata");
    return { ok: true, melding: await foutTekst("vastgesteld", { assessments: result.assessments, instellingen: result.instellingen }) };
  } catch (error) {
    if (error instanceof VaststellingError) return { ok: false, melding: await vertaalFout(error) };
    throw error;
  }
}
