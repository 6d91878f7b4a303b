// The outcome of a back-office form: its message and, once, a secret (a password or client secret)
// that is stored nowhere but as a hash. Always rendered, so a message put into it is announced.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/server/form-state";

export function Uitkomst({ state }: { state: ActionState }) {
  const t = useTranslations("toegang");
  return (
    <>
      {state && !state.ok && Object.keys(state.velden).length === 0 ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          <p className="utrecht-paragraph">{state.melding}</p>
        </div>
      ) : null}
      <div role="status">
        {state?.ok ? (
          <div className="utrecht-alert utrecht-alert--ok flex flex-col gap-2">
            <p className="utrecht-paragraph font-semibold">{state.melding}</p>
            {state.eenmalig ? (
              <>
                <p className="utrecht-paragraph">
                  {state.eenmalig.label}:{" "}
                  <code className="rounded bg-white px-2 py-1 text-lg font-semibold break-all">
                    {state.eenmalig.waarde}
                  </code>
                </p>
                <p className="utrecht-paragraph">{t("eenmaligUitleg")}</p>
              </>
            ) : null}
            {state.href ? (
              <p className="utrecht-paragraph">
                <Link href={state.href} className="utrecht-link">
                  {t("openen")}
                </Link>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
