"use server";
// Server action: DUO staff set the behandelstatus of a verzuimmelding (access.md). The role is
// checked here again; bad input changes nothing and gets a Dutch message.
import { db } from "@/lib/db";
import { formAction } from "@/lib/server/action";
import { bericht, tekstVeld } from "@/lib/server/form-state";
import { behandelstatusInput, BehandelstatusError, zetBehandelstatus } from "./queries";

export const zetBehandelstatusAction = formAction(
  {
    access: "handleVerzuim",
    form: {
      read: (formData) => ({ id: tekstVeld(formData, "id"), behandelstatus: tekstVeld(formData, "behandelstatus") }),
      schema: behandelstatusInput,
      invalid: async (error) => bericht(false, error.issues[0]?.message ?? "Ongeldige invoer."),
    },
  },
  async ({ user, input }) => {
    try {
      const { gewijzigd } = await zetBehandelstatus(db, { ...input, actor: user.email });
      // No revalidation: the row keeps its form and message; a filtered list would drop it at once.
      return bericht(true, gewijzigd ? "Behandelstatus opgeslagen." : "Behandelstatus was al zo; niets gewijzigd.");
    } catch (error) {
      if (error instanceof BehandelstatusError) return bericht(false, error.message);
      throw error;
    }
  },
);
