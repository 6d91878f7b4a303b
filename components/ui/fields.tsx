// Form field primitives for filter forms and the like: one label, one control, an optional hint,
// in the NL Design System classes. The id ties label and hint to the control (axe: every control named).

const fieldClass = "utrecht-form-field flex flex-col gap-1";
const labelClass = "utrecht-form-label font-semibold";
const textboxClass = "utrecht-textbox utrecht-textbox--html-input";
const selectClass = "utrecht-select utrecht-select--html-select";

type Common = {
  id: string;
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  className?: string;
};

function Field({
  id,
  label,
  hint,
  className = "",
  children,
}: {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`${fieldClass} ${className}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-[var(--bron-muted)]">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export type Option = { value: string; label: React.ReactNode };

/** A select; `empty` is the first option with value "" (e.g. "Alle"), left out when not given. */
export function SelectField({
  id,
  name,
  label,
  hint,
  className,
  options,
  defaultValue,
  empty,
}: Common & { options: readonly Option[]; defaultValue?: string | number | null; empty?: React.ReactNode }) {
  return (
    <Field id={id} label={label} hint={hint} className={className}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={selectClass}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function TextField({
  id,
  name,
  label,
  hint,
  className,
  inputClassName = "",
  defaultValue,
  type = "text",
  autoComplete = "off",
}: Common & {
  defaultValue?: string | null;
  type?: "text" | "search";
  autoComplete?: string;
  inputClassName?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} className={className}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ""}
        autoComplete={autoComplete}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`${textboxClass} ${inputClassName}`}
      />
    </Field>
  );
}

/** A date input: the browser's picker, the value an ISO date (`YYYY-MM-DD`). */
export function DateField({
  id,
  name,
  label,
  hint,
  className,
  defaultValue,
}: Common & { defaultValue?: string | null }) {
  return (
    <Field id={id} label={label} hint={hint} className={className}>
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={defaultValue ?? ""}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={textboxClass}
      />
    </Field>
  );
}

/** The grid a filter form lays its fields out in, and its buttons below. */
export function FieldGrid({ children }: { children: React.ReactNode }) {
  return <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>;
}
