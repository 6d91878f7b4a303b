"use server";
// Server action of the person search: DUO staff only (checked here, on the server). The PGN travels
// in the POST body and comes back in the action's answer, so it never appears in a URL, the
// browser history or an access log.
import { db } from "@/lib/db";
import { requireCapability } from "@/lib/auth/session";
import { zoekInput, zoekPersoon, type PersoonInzage } from "./zoek";

export type ZoekState =
  // What was typed comes back only with an error, so the form keeps it (React resets a form after an action).
  | { status: "fout"; fouten: { pgn?: string; reden?: string }; pgn: string; reden: string }
  | { status: "niet-gevonden"; reden: string }
  | { status: "gevonden"; inzage: PersoonInzage; reden: string }
  | null;

export async function zoekPersoonAction(_previous: ZoekState, formData: FormData): Promise<ZoekState> {
  const user = await requireCapability("searchPersons");
  const raw = { pgn: formData.get("pgn") ?? "", reden: formData.get("reden") ?? "" };
  const reden = typeof raw.reden === "string" ? raw.reden.slice(0, 1000) : "";
  const pgn = typeof raw.pgn === "string" ? raw.pgn.slice(0, 20) : "";
  const parsed = zoekInput.safeParse(raw);
  if (!parsed.success) {
    const fouten: { pgn?: string; reden?: string } = {};
    for (const issue of parsed.error.issues) {
      const veld = issue.path[0];
      if ((veld === "pgn" || veld === "reden") && !fouten[veld]) fouten[veld] = issue.message;
    }
    return { status: "fout", fouten, pgn, reden };
  }
  const uitkomst = await zoekPersoon(db, { ...parsed.data, actor: user.email });
  return uitkomst.gevonden
    ? { status: "gevonden", inzage: uitkomst.inzage, reden }
    : { status: "niet-gevonden", reden };
}
