// pages: every page of the quality table, signed in through next-auth, requested one after another
// 200 times after a warm-up — the student list with each filter and sort, a page 10,000 rows deep,
// a person, the funding dashboard per teldatum, uploads, berichten, and DUO's overview and drill-down.
import { db } from "@/lib/db";
import { signIn } from "../shared/sign-in";
import { keepAliveAgent, timedRequest } from "./http";
import { percentile, round, type Result } from "./measure";

interface Page {
  name: string;
  path: string;
  /** Milliseconds the p95 must stay under (quality.md: 150, dashboards 300). */
  target: number;
  as: "school" | "duo";
}

async function pagesToMeasure(brin: string): Promise<Page[]> {
  const list = `/instelling/${brin}/deelnemers`;
  // The row after which "a page 10,000 deep" starts (or as deep as a small register goes).
  const count = await db.inschrijving.count({ where: { brin } });
  const [deep] = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Inschrijving" WHERE brin = ${brin} ORDER BY "inschrijvingsvolgnummer" COLLATE "C" OFFSET ${Math.max(0, Math.min(10_000, count - 50))} LIMIT 1`;
  const [person] = await db.$queryRaw<{ id: number }[]>`
    SELECT i.id FROM "Inschrijving" i JOIN "Persoon" p ON p.id = i."persoonId" WHERE i.brin = ${brin} AND p.achternaam IS NOT NULL
    ORDER BY i.id OFFSET 5000 LIMIT 1`;
  const [naam] = await db.$queryRaw<{ achternaam: string }[]>`
    SELECT p.achternaam FROM "Inschrijving" i JOIN "Persoon" p ON p.id = i."persoonId" WHERE i.brin = ${brin} AND p.achternaam IS NOT NULL
    ORDER BY i.id OFFSET 7000 LIMIT 1`;
  const teldata = await db.teldatum.findMany({ where: { sector: "MBO" }, orderBy: { datum: "asc" } });
  const school = (name: string, path: string, target = 150): Page => ({ name, path, target, as: "school" });
  return [
    school("deelnemers: eerste pagina", list),
    school("deelnemers: opleiding + leerweg", `${list}?opleiding=90003&leerweg=BOL`),
    school("deelnemers: leerweg BBL", `${list}?leerweg=BBL`),
    school("deelnemers: actief op datum", `${list}?actief=2025-10-01`),
    school("deelnemers: signaal S04", `${list}?signaal=S04`),
    school("deelnemers: niet bekostigd 01-10-2025", `${list}?bekostiging=N&teldatum=2025-10-01`),
    school("deelnemers: code M03", `${list}?code=M03`),
    school("deelnemers: zoeken op naam", `${list}?q=${encodeURIComponent(naam?.achternaam ?? "Jansen")}`),
    school("deelnemers: sorteren op naam", `${list}?sorteer=naam`),
    school("deelnemers: sorteren op datum, aflopend", `${list}?sorteer=datum&richting=af`),
    school("deelnemers: 10.000 rijen diep", `${list}?na=${deep?.id ?? 1}`),
    school("deelnemer: detail", `${list}/${person?.id ?? 1}`),
    ...teldata.map((t) =>
      school(
        `bekostiging ${t.datum.toISOString().slice(0, 10)}`,
        `/instelling/${brin}/bekostiging?teldatum=${t.datum.toISOString().slice(0, 10)}`,
        300,
      ),
    ),
    school("uploads", `/instelling/${brin}/uploads`),
    school("berichten", `/instelling/${brin}/berichten`),
    { name: "beheer: landelijk overzicht", path: "/beheer", target: 300, as: "duo" },
    { name: `beheer: instelling ${brin}`, path: `/beheer/instellingen/${brin}`, target: 150, as: "duo" },
  ];
}

export async function pages(base: string, options: { requests: number; peakRssMb: () => number }): Promise<Result> {
  const brin = "25AA";
  const cookies = {
    school: await signIn(base, "beheer@roc-horizon.example", "demo"),
    duo: await signIn(base, "beheer@duo.example", "demo"),
  };
  if (!cookies.school || !cookies.duo) throw new Error("Inloggen voor de pagina's mislukte.");
  const agent = keepAliveAgent(1);
  const out = [];
  for (const page of await pagesToMeasure(brin)) {
    const get = () => timedRequest(agent, `${base}${page.path}`, { headers: { cookie: cookies[page.as] } });
    for (let i = 0; i < 5; i++) await get(); // warm-up: compile, caches, connections
    const latencies: number[] = [];
    let errors = 0;
    for (let i = 0; i < options.requests; i++) {
      const r = await get();
      latencies.push(r.ms);
      if (r.status !== 200) errors++;
    }
    const p95 = round(percentile(latencies, 95));
    out.push({
      name: page.name,
      path: page.path,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: p95,
      p99Ms: round(percentile(latencies, 99)),
      targetMs: page.target,
      ok: p95 <= page.target && errors === 0,
      errors,
    });
  }
  agent.destroy();
  return {
    scenario: "pages",
    requestsPerPage: options.requests,
    pagesOk: out.filter((p) => p.ok).length,
    pagesTotal: out.length,
    peakRssMb: options.peakRssMb(),
    pages: out,
  };
}
