"use server";
// Server action: DUO staff set the behandelstatus of a verzuimmelding (access.md). The role is
// checked here again; bad input changes nothing and gets a Dutch message.
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { behandelstatusInput, BehandelstatusError, zetBehandelstatus } from "./queries";

export type BehandelstatusState = { ok: boolean; melding: string } | null;

export async function zetBehandelstatusAction(_previous: BehandelstatusState, formData: FormData): Promise<BehandelstatusState> {
  const user = await requireRole("DUO_MEDEWERKER", "DUO_BEHEERDER");
  const parsed = behandelstatusInput.safeParse({ id: formData.get("id"), behandelstatus: formData.get("behandelstatus") });
  if (!parsed.success) return { ok: false, melding: parsed.error.issues[0]?.message ?? "Ongeldige invoer." };
  try {
    const { gewijzigd } = await zetBehandelstatus(db, { ...parsed.data, actor: user.email });
    // No revalidation: the row keeps its form and message; a filtered list would drop it at once.
    return { ok: true, melding: gewijzigd ? "Behandelstatus opgeslagen." : "Behandelstatus was al zo; niets gewijzigd." };
  } catch (error) {
    if (error instanceof BehandelstatusError) return { ok: false, melding: error.message };
    throw error;
  }
}
