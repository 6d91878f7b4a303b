// The one shape of a server action: check a named capability (lib/auth/roles.ts) on the server,
// whatever the page showed, read the posted form with zod, and answer an ActionState. Server
// actions live in `lib/<feature>/actions.ts`; a bound argument (a brin, an id) is checked again here.
import "server-only";
import type { z } from "zod";
import { may, type Capability } from "@/lib/auth/roles";
import { notFound } from "next/navigation";
import { getSession, requireCapability, type SessionUser } from "@/lib/auth/session";
import { geweigerdeState, type FoutCatalogus } from "@/lib/i18n/vertaal-fout";
import { veldFouten, type ActionState, type Uitkomst } from "./form-state";

/** The signed-in user holding the capability, else null: for an action that refuses with a message. */
export async function userWith(capability: Capability): Promise<SessionUser | null> {
  const user = await getSession();
  return user && may(user.rol, capability) ? user : null;
}

type Waarden = Record<string, string | string[]>;

function catalogueOf(spec: { catalogue?: FoutCatalogus }): FoutCatalogus {
  if (!spec.catalogue) throw new Error("formAction: een weigering vraagt een catalogue");
  return spec.catalogue;
}

export interface FormActionSpec<Args extends unknown[], W extends Waarden, I> {
  /** Who may: a capability, or a check of the bound arguments (the school the user manages); null refuses. */
  access: Capability | ((...args: Args) => Promise<SessionUser | null>);
  /** The catalogue of the refusal keys ("controleer", `refused`, a mutation's refusals). */
  catalogue?: FoutCatalogus;
  /** The key a refused user reads; omitted, a refusal is what a page answers (not signed in: /inloggen, else 404). */
  refused?: string;
  /**
   * The posted values a refused form keeps, and the schema that parses them; when it fails the form
   * reads "controleer" with a message per field, or what `invalid` answers.
   */
  form?: {
    read: (formData: FormData) => W;
    schema: z.ZodType<I> | (() => z.ZodType<I>);
    invalid?: (error: z.ZodError, waarden: W) => Promise<ActionState>;
  };
}

export interface FormActionContext<W, I> {
  user: SessionUser;
  /** The parsed form (undefined without `form`). */
  input: I;
  waarden: W | undefined;
  formData: FormData;
  /** Answers a mutation's refusal in the reader's language, keeping the posted values. */
  refuse: (uitkomst: Extract<Uitkomst, { ok: false }>) => Promise<ActionState>;
}

/**
 * A server action for a form under useActionState: `(…bound arguments, previous state, formData)`.
 * Access is checked first; a refused user changes nothing and reads the `refused` message (or, without
 * one, gets what a page answers).
 */
export function formAction<Args extends unknown[], W extends Waarden = Waarden, I = undefined>(
  spec: FormActionSpec<Args, W, I>,
  handler: (context: FormActionContext<W, I>, ...args: Args) => Promise<ActionState>,
): (...args: [...Args, ActionState, FormData]) => Promise<ActionState> {
  return async (...all) => {
    const args = all.slice(0, -2) as unknown as Args;
    const posted = all.at(-1);
    const formData = posted instanceof FormData ? posted : new FormData();
    let user: SessionUser | null;
    if (typeof spec.access !== "string") user = await spec.access(...args);
    else user = spec.refused === undefined ? await requireCapability(spec.access) : await userWith(spec.access);
    if (!user) {
      if (spec.refused === undefined) notFound();
      return geweigerdeState(catalogueOf(spec), spec.refused);
    }
    let input = undefined as I;
    let waarden: W | undefined;
    if (spec.form) {
      waarden = spec.form.read(formData);
      const schema = typeof spec.form.schema === "function" ? spec.form.schema() : spec.form.schema;
      const parsed = schema.safeParse(waarden);
      if (!parsed.success)
        return spec.form.invalid
          ? spec.form.invalid(parsed.error, waarden)
          : geweigerdeState(catalogueOf(spec), "controleer", veldFouten(parsed.error), waarden);
      input = parsed.data;
    }
    const refuse = (uitkomst: Extract<Uitkomst, { ok: false }>) =>
      geweigerdeState(catalogueOf(spec), uitkomst.fout, uitkomst.velden, waarden);
    return handler({ user, input, waarden, formData, refuse }, ...args);
  };
}
