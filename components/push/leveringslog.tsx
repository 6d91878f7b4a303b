// The delivery log of a school's pushed berichten (lib/push): per endpoint whether it is failing,
// then every delivery newest first — event, attempts, last HTTP status and response time, next retry —
// with "opnieuw versturen" for a given-up one. Used on the school's OSR page and in the back office.
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import type { EndpointStand, LeveringRij } from "@/lib/push/log";

type Props = {
  standen: EndpointStand[];
  rijen: LeveringRij[];
  caption: string;
  /** The server action that sends a MISLUKT delivery again (reads `id` from the form); absent: read-only. */
  opnieuw?: (formData: FormData) => Promise<void>;
  /** The link to the next (older) page, when there is one. */
  ouderHref?: string | null;
};

export async function Leveringslog({ standen, rijen, caption, opnieuw, ouderHref }: Props) {
  const t = await getTranslations("push");
  const diensten = await getTranslations("osr.dienstNamen");
  return (
    <>
      {standen.length > 0 ? (
        <ul className="utrecht-unordered-list mb-4">
          {standen.map((s) => (
            <li key={s.endpointId}>
              <span className="font-semibold">{diensten(s.dienst)}</span> — {s.leverancier} ({s.url}):{" "}
              {s.falend ? (
                <span className="font-semibold text-[var(--bron-error)]">
                  {t("falend", { fout: s.laatsteFout ?? "—" })}
                </span>
              ) : (
                t("inOrde")
              )}
              {s.wachtend > 0 ? ` ${t("wachtend", { aantal: s.wachtend })}` : null}
            </li>
          ))}
        </ul>
      ) : null}
      {rijen.length === 0 ? (
        <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">{t("geenLeveringen")}</p>
      ) : (
        <Table
          caption={caption}
          headers={[
            t("col.event"),
            t("col.dienst"),
            t("col.status"),
            t("col.pogingen"),
            t("col.laatste"),
            t("col.volgende"),
            ...(opnieuw ? [t("col.actie")] : []),
          ]}
        >
          {rijen.map((r) => (
            <Row key={r.id}>
              <Cell rowHeader>
                {r.event === "PING" ? t("ping") : r.event}
                {r.berichtId ? (
                  <span className="block text-sm text-[var(--bron-muted)]">{t("bericht", { id: r.berichtId })}</span>
                ) : null}
              </Cell>
              <Cell>
                {diensten(r.dienst)}
                <span className="block text-sm text-[var(--bron-muted)]">{r.leverancier}</span>
              </Cell>
              <Cell>
                {t(`status.${r.status}`)}
                {r.laatsteFout ? <span className="block text-sm">{r.laatsteFout}</span> : null}
              </Cell>
              <Cell>{r.pogingen}</Cell>
              <Cell>
                {r.laatstePogingOp ? (
                  <>
                    {formatDateTime(r.laatstePogingOp)}
                    <span className="block text-sm">
                      {t("antwoord", { status: r.laatsteStatus ?? "—", ms: r.laatsteDuurMs ?? 0 })}
                    </span>
                  </>
                ) : (
                  "—"
                )}
              </Cell>
              <Cell>{r.volgendePogingOp ? formatDateTime(r.volgendePogingOp) : "—"}</Cell>
              {opnieuw ? (
                <Cell>
                  {r.status === "MISLUKT" ? (
                    <form action={opnieuw}>
                      <input type="hidden" name="id" value={r.id} />
                      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                        {t("opnieuw")}
                      </button>
                    </form>
                  ) : null}
                </Cell>
              ) : null}
            </Row>
          ))}
        </Table>
      )}
      {ouderHref ? (
        <p className="mt-2">
          <a href={ouderHref} className="utrecht-link">
            {t("ouder")}
          </a>
        </p>
      ) : null}
    </>
  );
}
