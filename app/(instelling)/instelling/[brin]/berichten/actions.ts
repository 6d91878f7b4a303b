"use server";
// Marking berichten as read. "Gelezen" is one flag per institution, shared by all its users, so
// it counts as a change: only roles that may change the register (INSTELLING_BEHEERDER) may.
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { mayChangeRegister } from "@/lib/auth/roles";
import { requireInstelling } from "@/lib/auth/session";
import { markeerGelezen } from "@/lib/register/queries/berichten";
import { parseId } from "@/lib/shared/keyset";

async function authorise(brin: string): Promise<void> {
  const { user } = await requireInstelling(brin);
  // As for a page the role may not use: it does not exist for them.
  if (!mayChangeRegister(user.rol)) notFound();
}

export async function markeerBerichtGelezen(brin: string, formData: FormData): Promise<void> {
  await authorise(brin);
  const id = parseId(formData.get("id"));
  // The query touches only this brin's berichten, whatever id was posted.
  if (id !== undefined) await markeerGelezen(brin, [id]);
  revalidatePath(`/instelling/${brin}`, "layout");
}

export async function markeerAlleBerichtenGelezen(brin: string): Promise<void> {
  await authorise(brin);
  await markeerGelezen(brin, "alle");
  revalidatePath(`/instelling/${brin}`, "layout");
}
