// A funding or validation code with its Dutch explanation on hover, linking to the help page.
import Link from "next/link";
import { codeTekst, type Taal } from "@/lib/bekostiging/codes";

export function CodeLink({ code, taal, parameters }: { code: string; taal: Taal; parameters?: Record<string, string> }) {
  const tekst = codeTekst(code, taal);
  const extra = parameters?.brin ? ` (${parameters.brin})` : "";
  return (
    <Link href={`/help/codes#${code}`} title={tekst ? `${tekst.omschrijving} ${tekst.watTeDoen}` : undefined} className="utrecht-link font-mono">
      {code}
      {extra}
    </Link>
  );
}
