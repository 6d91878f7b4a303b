// Whose eyes a register page is read with: the school's own users (`/instelling/{brin}/…`) or DUO
// reading any school (`/beheer/instellingen/{brin}/…`, read-only, every view of person data
// audited). The pages of both are the same components; only the scope differs.
import "server-only";
import { notFound } from "next/navigation";
import type { Sector } from "@/generated/prisma/enums";
import { mayChangeRegister } from "@/lib/auth/roles";
import { requireInstelling, requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type ScopeSoort = "instelling" | "beheer";

export interface RegisterScope {
  soort: ScopeSoort;
  brin: string;
  naam: string;
  sector: Sector;
  /** `/instelling/{brin}` or `/beheer/instellingen/{brin}`: every link of the pages starts here. */
  basePath: string;
  /** Whether forms and remove buttons are offered (the school's beheerder only; DUO reads). */
  mayChange: boolean;
  /** The signed-in user's e-mail, the audit log's actor. */
  actor: string;
  /** The signed-in user's id: a stored list search (zoek=<id>) is theirs alone. */
  gebruikerId: string;
}

const BRIN = /^[0-9]{2}[A-Z]{2}$/;

/** The school's own view; another school's brin is a 404 (requireInstelling). */
export async function instellingScope(brin: string): Promise<RegisterScope> {
  const { user, instelling } = await requireInstelling(brin);
  return {
    soort: "instelling",
    brin,
    naam: instelling.naam,
    sector: instelling.sector,
    basePath: `/instelling/${brin}`,
    mayChange: mayChangeRegister(user.rol),
    actor: user.email,
    gebruikerId: user.id,
  };
}

/** DUO's view of any school (both DUO roles); everyone else, and an unknown brin, get a 404. */
export async function beheerScope(brin: string): Promise<RegisterScope> {
  const user = await requireSection("beheer");
  const instelling = BRIN.test(brin)
    ? await db.instelling.findUnique({ where: { brin }, select: { naam: true, sector: true } })
    : null;
  if (!instelling) notFound();
  return {
    soort: "beheer",
    brin,
    naam: instelling.naam,
    sector: instelling.sector,
    basePath: `/beheer/instellingen/${brin}`,
    mayChange: false,
    actor: user.email,
    gebruikerId: user.id,
  };
}

export function scopeVan(soort: ScopeSoort, brin: string): Promise<RegisterScope> {
  return soort === "beheer" ? beheerScope(brin) : instellingScope(brin);
}

/**
 * DUO reading a school's person data is logged as the person search is (actie INZAGE, the actor by
 * e-mail): a list with the persons it showed, a student page with the person's id. The school's
 * own users reading their own register are not logged. Written before the page renders its data.
 */
export async function logInzage(
  scope: RegisterScope,
  view: { entiteit: "Persoon" | "Lijst"; sleutel: string; na: Record<string, unknown> },
): Promise<void> {
  if (scope.soort !== "beheer") return;
  await db.auditEvent.create({
    data: {
      actorType: "USER",
      actor: scope.actor,
      brin: scope.brin,
      entiteit: view.entiteit,
      sleutel: view.sleutel,
      actie: "INZAGE",
      na: JSON.parse(JSON.stringify(view.na)),
    },
  });
}
