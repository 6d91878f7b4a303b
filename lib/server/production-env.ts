// What `npm run start:prod` requires before it touches anything: PostgreSQL (never a silent
// embedded database), the session key and public URL, a signing key for API tokens of 32
// characters or more, and no demo data. Every problem is named at once, so one restart fixes all.
import { MIN_SIGNING_SECRET } from "@/lib/api/signing-secret";
import { envProblems } from "@/lib/env-schema";

type Source = Record<string, string | undefined>;

export function productionEnvProblems(source: Source): string[] {
  const problems: string[] = [];
  const url = source.DATABASE_URL;
  if (!url)
    problems.push(
      "DATABASE_URL ontbreekt: in productie draait de portal op PostgreSQL (postgresql://…), nooit op de ingebouwde database.",
    );
  else if (!/^postgres(ql)?:\/\//i.test(url))
    problems.push("DATABASE_URL is geen PostgreSQL-verbinding (postgresql://…).");
  if (!source.NEXTAUTH_SECRET)
    problems.push("NEXTAUTH_SECRET ontbreekt: de sleutel die sessies ondertekent (op elke instantie dezelfde).");
  if (!source.NEXTAUTH_URL)
    problems.push("NEXTAUTH_URL ontbreekt: het publieke adres van de portal, bijvoorbeeld https://bron.example.nl.");
  const longEnough = (value: string | undefined) => (value?.length ?? 0) >= MIN_SIGNING_SECRET;
  if (!longEnough(source.API_JWT_SECRET) && !longEnough(source.NEXTAUTH_SECRET)) {
    problems.push(
      `API_JWT_SECRET ontbreekt (of NEXTAUTH_SECRET is korter dan ${MIN_SIGNING_SECRET} tekens): API-tokens hebben een sleutel van minstens ${MIN_SIGNING_SECRET} tekens nodig.`,
    );
  }
  if (source.DEMO === "true" || source.DEMO === "1")
    problems.push("DEMO=true kan niet met start:prod: productie krijgt nooit demo-accounts of -gegevens.");
  // The app's own rules (formats, lengths), for what is set at all.
  for (const problem of envProblems({ ...source, NODE_ENV: "production" })) {
    if (!problems.some((p) => p.startsWith(problem.split(":")[0]!))) problems.push(problem);
  }
  return problems;
}
