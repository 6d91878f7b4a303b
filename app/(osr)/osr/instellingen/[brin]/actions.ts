"use server";
// "Opnieuw versturen" of a given-up push delivery, by the school's own beheerder (lib/push).
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { opnieuwVersturen } from "@/lib/push/bezorging";
import { planVerzending } from "@/lib/push/service";
import { schoolBeheerToegang } from "@/lib/osr/toegang";

export async function opnieuwVersturenAction(brin: string, formData: FormData): Promise<void> {
  if (!(await schoolBeheerToegang(brin))) return;
  const id = Number(formData.get("id"));
  if (!Number.isSafeInteger(id) || id < 1) return;
  // Only a delivery of this school is touched, whatever id was posted.
  const endpointId = await opnieuwVersturen(db, id, { brin });
  if (endpointId) await planVerzending(endpointId);
  revalidatePath(`/osr/instellingen/${brin}`);
}
