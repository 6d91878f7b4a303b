"use server";
// "Opnieuw versturen" of a given-up push delivery by DUO staff (lib/push).
import { revalidatePath } from "next/cache";
import { maySee } from "@/lib/auth/roles";
import { getSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { opnieuwVersturen } from "@/lib/push/bezorging";
import { planVerzending } from "@/lib/push/service";

export async function opnieuwVersturenBeheerAction(brin: string, formData: FormData): Promise<void> {
  const user = await getSession();
  if (!user || !maySee(user.rol, "beheer")) return;
  const id = Number(formData.get("id"));
  if (!Number.isSafeInteger(id) || id < 1 || typeof brin !== "string") return;
  const endpointId = await opnieuwVersturen(db, id, { brin });
  if (endpointId) await planVerzending(endpointId);
  revalidatePath(`/beheer/instellingen/${brin}`);
}
