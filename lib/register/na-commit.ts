// What the register tells the rest of the app after a commit: the institutions whose figures
// changed. The register knows no listener (nothing in lib/register imports lib/beheer); the app's
// runtime subscribes the back office's summaries (lib/server/node-runtime.ts), tests subscribe what
// they check. A listener's failure never fails the work that already committed: it is logged.
import type { PrismaClient } from "@/generated/prisma/client";
import { log } from "@/lib/log";

export interface RegisterWijziging {
  /** The institutions whose figures may have changed; absent: every institution. */
  brins?: string[];
  /**
   * `nu`: before the caller returns (an upload's end, a form, a recompute, a vaststelling);
   * `straks`: gathered and handled a few seconds later (API meldingen at machine speed).
   */
  wanneer: "nu" | "straks";
}

export type RegisterLuisteraar = (db: PrismaClient, wijziging: RegisterWijziging) => Promise<void> | void;

const luisteraars = new Map<string, RegisterLuisteraar>();

/** Subscribes under a name; the same name again replaces the first (hot reload, repeated start-up). */
export function bijRegisterWijziging(naam: string, luisteraar: RegisterLuisteraar): () => void {
  luisteraars.set(naam, luisteraar);
  return () => {
    if (luisteraars.get(naam) === luisteraar) luisteraars.delete(naam);
  };
}

export async function registerGewijzigd(db: PrismaClient, wijziging: RegisterWijziging): Promise<void> {
  for (const [naam, luisteraar] of luisteraars) {
    try {
      await luisteraar(db, wijziging);
    } catch (error) {
      log.error({ source: "register", luisteraar: naam, err: error }, `Na-commit (${naam}) mislukt`);
    }
  }
}

/**
 * The institutions a processed melding can change figures of: its own, and those named by its
 * signalen and assessments (S01's and M09's other brin), comma-separated lists included.
 */
export function brinsVanTerugkoppeling(t: {
  brin: string;
  signalen: { parameters: Record<string, string> }[];
  bekostiging?: { parameters?: unknown }[];
}): string[] {
  const brins = new Set([t.brin]);
  const add = (parameters: unknown) => {
    const brin =
      parameters && typeof parameters === "object" ? (parameters as Record<string, unknown>).brin : undefined;
    if (typeof brin === "string") for (const b of brin.split(",")) if (b.trim()) brins.add(b.trim());
  };
  for (const s of t.signalen) add(s.parameters);
  for (const a of t.bekostiging ?? []) add(a.parameters);
  return [...brins];
}
