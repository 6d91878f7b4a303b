"use client";
// A small form for one management action (contexten, hide, remove, end a mandate) that reports its
// outcome in place; with `bevestiging` it first asks, inside a disclosure, what will happen.
import { useActionState } from "react";
import type { FormState } from "@/lib/osr/form-state";

export function ActieForm({
  action,
  knop,
  children,
  secundair = false,
  bevestiging,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  knop: string;
  children?: React.ReactNode;
  secundair?: boolean;
  bevestiging?: { openen: string; uitleg: string };
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const form = (
    <form action={formAction} className="flex flex-col gap-2">
      {children}
      {bevestiging ? <p className="max-w-prose">{bevestiging.uitleg}</p> : null}
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className={`utrecht-button self-start ${secundair ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`}
      >
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
      {state && !state.ok ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          <p className="utrecht-paragraph">{state.melding}</p>
        </div>
      ) : null}
      <div role="status">{state?.ok ? <p className="font-semibold text-[#2f7d32]">{state.melding}</p> : null}</div>
    </div>
  );
}
