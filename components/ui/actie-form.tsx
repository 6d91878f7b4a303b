"use client";
// A small form for one management action (OSR: contexten, hide, remove, end a mandate; back office:
// deactivate, reset, rotate, revoke) that reports its outcome in place; with `bevestiging` it first
// says, inside a disclosure, what will happen. `uitkomst` renders a richer outcome (a secret shown once).
import { useActionState, type ReactNode } from "react";

type State = { ok: boolean; melding: string } | null;

export function ActieForm<S extends State>({
  action,
  knop,
  children,
  secundair = false,
  bevestiging,
  uitkomst,
}: {
  action: (state: Awaited<S>, formData: FormData) => Promise<S>;
  knop: string;
  children?: ReactNode;
  secundair?: boolean;
  bevestiging?: { openen: string; uitleg: string };
  uitkomst?: (state: Awaited<S>) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null as Awaited<S>);
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
      {uitkomst ? (
        uitkomst(state)
      ) : (
        <>
          {state && !state.ok ? (
            <div role="alert" className="utrecht-alert utrecht-alert--error">
              <p className="utrecht-paragraph">{state.melding}</p>
            </div>
          ) : null}
          <div role="status">{state?.ok ? <p className="font-semibold text-[#2f7d32]">{state.melding}</p> : null}</div>
        </>
      )}
    </div>
  );
}
