"use client";
// One back-office action behind a button (deactivate, reset a password, rotate, revoke): the shared
// ActieForm, with the back office's outcome (its message and, once, a new secret).
import type { ActionState } from "@/lib/server/form-state";
import { ActieForm } from "@/components/ui/actie-form";
import { Uitkomst } from "./eenmalig";

export function ActieKnop(props: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  knop: string;
  bevestiging?: { openen: string; uitleg: string };
  secundair?: boolean;
}) {
  return <ActieForm {...props} uitkomst={(state) => <Uitkomst state={state} />} />;
}
