"use server";
// Server action: DUO staff set the behandelstatus of a verzuimmelding (access.md). The role is
// checked here again; bad input changes nothing and gets a Dutch message.
import { db } from "@/lib/db";
import { requireCapability } from "@/lib/auth/session";
import { behandelstatusInput, BehandelstatusError, zetBehandelstatus } from "./queries";
import { bericht, type ActionState } from "@/lib/server/form-state";

export async function zetBehandelstatusAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireCapability("handleVerzuim");
  const parsed = behandelstatusInput.safeParse({ id: formData.get("id"), behandelstatus: formData.get("behandelstatus") });
  if (!parsed.success) return bericht(false, parsed.error.issues[0]?.message ?? "Ongeldige invoer.");
  try {
    const { gewijzigd } = await zetBehandelstatus(db, { ...parsed.data, actor: user.email });
    // No revalidation: the row keeps its form and message; a filtered list would drop it at once.
    return bericht(true, gewijzigd ? "Behandelstatus opgeslagen." : "Behandelstatus was al zo; niets gewijzigd.");
  } catch (error) {
    if (error instanceof BehandelstatusError) return bericht(false, error.message);
    throw error;
  }
}
