// Who may open a form or send one: the INSTELLING_BEHEERDER of the school. Everyone else gets the
// answer for a page that does not exist (404), as for another school's data (access.md).
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { mayChangeRegister } from "@/lib/auth/roles";
import { requireInstelling, type SessionInstelling, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseId } from "@/lib/shared/keyset";
import { formContext, type FormContext } from "./context";

export async function requireRegisterBeheer(
  brin: string,
): Promise<{ user: SessionUser; instelling: SessionInstelling }> {
  const access = await requireInstelling(brin);
  if (!mayChangeRegister(access.user.rol)) notFound();
  return access;
}

// The metadata and the page of one request share one read.
const cachedContext = cache((brin: string, inschrijvingId: number) => formContext(db, brin, inschrijvingId));

/** A form opened from a student's page: the inschrijving must be this school's (and of `sector` when given). */
export async function requireFormContext(brin: string, id: unknown, sector?: "MBO" | "PO") {
  const access = await requireRegisterBeheer(brin);
  const inschrijvingId = parseId(id);
  const context: FormContext | null = inschrijvingId === undefined ? null : await cachedContext(brin, inschrijvingId);
  if (!context || (sector && (context.sector !== sector || access.instelling.sector !== sector))) notFound();
  return { ...access, context };
}
