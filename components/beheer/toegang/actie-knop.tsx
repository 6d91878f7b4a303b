"use client";
// One back-office action behind a button (deactivate, reset a password, rotate, revoke); with
// `bevestiging` it first says, inside a disclosure, what will happen.
import { useActionState } from "react";
import type { BeheerState } from "@/lib/beheer/form-state";
import { Uitkomst } from "./eenmalig";

export function ActieKnop({
  action,
  knop,
  bevestiging,
  secundair = false,
}: {
  action: (state: BeheerState, formData: FormData) => Promise<BeheerState>;
  knop: string;
  bevestiging?: { openen: string; uitleg: string };
  secundair?: boolean;
}) {
  const [state, formAction, pending] = useActionState<BeheerState, FormData>(action, null);
  const form = (
    <form action={formAction} className="flex flex-col gap-2">
      {bevestiging ? <p className="max-w-prose">{bevestiging.uitleg}</p> : null}
      <button type="submit" disabled={pending} aria-busy={pending} className={`utrecht-button self-start ${secundair ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`}>
        {knop}
      </button>
    </form>
  );
  return (
    <div className="flex flex-col gap-2">
      {bevestiging ? (
        <details>
          <summary className="utrecht-link cursor-pointer">{bevestiging.openen}</summary>
          <div className="mt-2 rounded border border-[var(--bron-border)] p-3">{form}</div>
        </details>
      ) : (
        form
      )}
      <Uitkomst state={state} />
    </div>
  );
}
