// A code (F, R, S, M, D, P) as a link to its explanation on /help/codes, explained on hover.
import Link from "next/link";
import { codeTekst, type Taal } from "@/lib/bekostiging/codes";

export function CodeLink({
  code,
  taal,
  parameters,
}: {
  code: string;
  taal: Taal;
  parameters?: Record<string, string>;
}) {
  const tekst = codeTekst(code, taal);
  return (
    <Link
      href={`/help/codes#${code}`}
      title={tekst ? `${tekst.omschrijving} ${tekst.watTeDoen}` : undefined}
      className="utrecht-link font-mono"
    >
      {code}
      {parameters?.brin ? ` (${parameters.brin})` : ""}
    </Link>
  );
}

/** Several codes side by side; a dash when there are none. */
export function CodeLinks({ codes, taal, none = "—" }: { codes: readonly string[]; taal: Taal; none?: string }) {
  if (codes.length === 0) return <span>{none}</span>;
  return (
    <ul className="flex flex-wrap gap-x-2">
      {codes.map((code) => (
        <li key={code}>
          <CodeLink code={code} taal={taal} />
        </li>
      ))}
    </ul>
  );
}
