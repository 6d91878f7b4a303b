"use server";
// "Opnieuw versturen" of a given-up push delivery: by the school's own beheerder (OSR) or by DUO
// staff (the back office's school page). Only a delivery of that school is touched, whatever id was
// posted; a refused or malformed request changes nothing.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { schoolBeheerToegang } from "@/lib/osr/toegang";
import { userWith } from "@/lib/server/action";
import { opnieuwVersturen } from "./bezorging";
import { planVerzending } from "./service";

async function verstuurOpnieuw(brin: string, formData: FormData, pad: string): Promise<void> {
  const id = Number(formData.get("id"));
  if (!Number.isSafeInteger(id) || id < 1 || typeof brin !== "string") return;
  const endpointId = await opnieuwVersturen(db, id, { brin });
  if (endpointId) await planVerzending(endpointId);
  revalidatePath(pad);
}

export async function opnieuwVersturenAction(brin: string, formData: FormData): Promise<void> {
  if (!(await schoolBeheerToegang(brin))) return;
  await verstuurOpnieuw(brin, formData, `/osr/instellingen/${brin}`);
}

export async function opnieuwVersturenBeheerAction(brin: string, formData: FormData): Promise<void> {
  if (!(await userWith("resendDeliveries"))) return;
  await verstuurOpnieuw(brin, formData, `/beheer/instellingen/${brin}`);
}
