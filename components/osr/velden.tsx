// Accessible form parts of the OSR forms: a labelled field whose hint and error are linked to it
// (aria-describedby, aria-invalid), the contexten as a fieldset of checkboxes, and an error summary
// that links to each wrong field.
import type { OsrContext } from "@/generated/prisma/enums";
import { CONTEXTEN, isBeperkt } from "@/lib/osr/contexten";

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

export function TekstVeld({
  id,
  name,
  label,
  hint,
  fout,
  defaultValue,
  type = "text",
  autoComplete,
  required = false,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  fout?: string;
  defaultValue?: string;
  type?: "text" | "email" | "tel" | "date";
  autoComplete?: string;
  required?: boolean;
}) {
  return (
    <div className="utrecht-form-field flex flex-col gap-1">
      <label htmlFor={id} className="utrecht-form-label font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-[var(--bron-muted)]">
          {hint}
        </p>
      ) : null}
      {fout ? (
        <p id={`${id}-fout`} className="font-semibold text-[var(--bron-error)]">
          {fout}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={fout ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, fout && `${id}-fout`)}
        className={`utrecht-textbox utrecht-textbox--html-input max-w-xl ${fout ? "utrecht-textbox--invalid" : ""}`}
      />
    </div>
  );
}

export function KeuzeVeld({
  id,
  name,
  label,
  fout,
  defaultValue,
  opties,
  leeg,
}: {
  id: string;
  name: string;
  label: string;
  fout?: string;
  defaultValue?: string;
  opties: { value: string; label: string }[];
  leeg: string;
}) {
  return (
    <div className="utrecht-form-field flex flex-col gap-1">
      <label htmlFor={id} className="utrecht-form-label font-semibold">
        {label}
      </label>
      {fout ? (
        <p id={`${id}-fout`} className="font-semibold text-[var(--bron-error)]">
          {fout}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={fout ? true : undefined}
        aria-describedby={fout ? `${id}-fout` : undefined}
        className="utrecht-select utrecht-select--html-select max-w-xl"
      >
        <option value="">{leeg}</option>
        {opties.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ContextenVeld({
  id,
  legend,
  hint,
  fout,
  gekozen,
  namen,
  beperktLabel,
}: {
  id: string;
  legend: string;
  hint?: string;
  fout?: string;
  gekozen: readonly string[];
  namen: Record<OsrContext, string>;
  beperktLabel: string;
}) {
  return (
    <fieldset
      id={id}
      className="utrecht-form-fieldset flex flex-col gap-1"
      aria-describedby={describedBy(hint && `${id}-hint`, fout && `${id}-fout`)}
    >
      <legend className="utrecht-form-fieldset__legend font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-[var(--bron-muted)]">
          {hint}
        </p>
      ) : null}
      {fout ? (
        <p id={`${id}-fout`} className="font-semibold text-[var(--bron-error)]">
          {fout}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
        {CONTEXTEN.map((context) => (
          <div key={context} className="flex items-center gap-2">
            <input
              id={`${id}-${context}`}
              type="checkbox"
              name="contexten"
              value={context}
              defaultChecked={gekozen.includes(context)}
              className="utrecht-checkbox utrecht-checkbox--html-input"
            />
            <label htmlFor={`${id}-${context}`} className="utrecht-form-label">
              {namen[context]}
              {isBeperkt(context) ? <span className="text-sm text-[var(--bron-muted)]"> ({beperktLabel})</span> : null}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** After a refused submit: what went wrong, each line a link to its field. */
export function FoutSamenvatting({
  titel,
  melding,
  fouten,
}: {
  titel: string;
  melding: string;
  fouten: { id: string; melding: string }[];
}) {
  return (
    <div role="alert" className="utrecht-alert utrecht-alert--error">
      <p className="utrecht-paragraph font-semibold">{fouten.length ? titel : melding}</p>
      {fouten.length ? (
        <ul className="utrecht-unordered-list mt-1">
          {fouten.map((f) => (
            <li key={f.id}>
              <a href={`#${f.id}`} className="utrecht-link">
                {f.melding}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A live region that is always there, so a message put into it is announced. */
export function StatusMelding({ melding }: { melding?: string }) {
  return (
    <div role="status" className={melding ? "utrecht-alert utrecht-alert--ok" : undefined}>
      {melding ? <p className="utrecht-paragraph">{melding}</p> : null}
    </div>
  );
}
