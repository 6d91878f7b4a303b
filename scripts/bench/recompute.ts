// recompute: two reference-data changes through the back office's own code path (the RIO form's
// parse → applyRows → queueHerberekening), each timed from its commit until its recompute job is
// KLAAR: a prijsfactor of one opleiding, and a licence withdrawn.
import { db } from "@/lib/db";
import { queueHerberekening } from "@/lib/register/funding/herberekening-service";
import { parseReferentieCsv } from "@/lib/rio/import";
import { applyRows, REFERENTIE_SCHEMAS, type ReferentieSoort } from "@/lib/rio/referentie";
import { round, seconds, sleep, type Result } from "./measure";

/** One record of a RIO file as the back-office form submits it (lib/rio/actions.ts). */
async function change(
  soort: ReferentieSoort,
  values: Record<string, string>,
  aanleiding: string,
): Promise<{ seconds: number; personen: number; gewijzigd: number }> {
  const columns = Object.keys(REFERENTIE_SCHEMAS[soort].shape);
  const csv = `${columns.join(";")}\n${columns.map((c) => values[c] ?? "").join(";")}\n`;
  const parsed = parseReferentieCsv(soort, Buffer.from(csv));
  if (parsed.fouten.length) throw new Error(parsed.fouten.map((f) => f.melding).join("; "));
  const started = process.hrtime.bigint();
  const id = await db.$transaction((tx) =>
    applyRows(tx, soort, parsed.rows, { actor: "bench@bench.example", aanleiding }).then((r) => r.herberekeningId),
  );
  if (!id) throw new Error(`${aanleiding}: geen herberekening gepland.`);
  await queueHerberekening(id);
  for (;;) {
    const job = await db.herberekening.findUniqueOrThrow({ where: { id } });
    if (job.status === "KLAAR")
      return { seconds: round(seconds(started), 2), personen: job.verwerkt, gewijzigd: job.gewijzigd };
    if (job.status === "MISLUKT") throw new Error(`${aanleiding}: herberekening mislukt (${job.foutmelding}).`);
    await sleep(100);
  }
}

export async function recompute(options: { peakRssMb: () => number }): Promise<Result> {
  const o = await db.opleiding.findUniqueOrThrow({ where: { opleidingscode: "90003" } });
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  const prijsfactor = await change(
    "opleidingen",
    {
      opleidingscode: o.opleidingscode,
      naam: o.naam,
      niveau: String(o.niveau),
      specialist: o.specialist ? "J" : "N",
      toegestane_leerwegen: o.toegestaneLeerwegen.join(","),
      prijsfactor: (Number(o.prijsfactor) + 0.05).toFixed(2),
      ingangsdatum: iso(o.ingangsdatum),
      einddatum: iso(o.einddatum),
      instroomeinddatum: iso(o.instroomeinddatum),
    },
    "bench: prijsfactor 90003",
  );
  const l = await db.licentie.findUniqueOrThrow({
    where: { brin_opleidingscode_leerweg: { brin: "25BB", opleidingscode: "90003", leerweg: "BOL" } },
  });
  // On a register an earlier run kept (--reuse) the licence ended already: end it earlier still.
  const einddatum = iso(l.einddatum) === "2026-01-31" ? "2025-06-30" : "2026-01-31";
  const licentie = await change(
    "licenties",
    {
      brin: l.brin,
      opleidingscode: l.opleidingscode,
      leerweg: l.leerweg,
      bekostigd: l.bekostigd ? "J" : "N",
      begindatum: iso(l.begindatum),
      einddatum,
    },
    "bench: licentie 25BB 90003 BOL ingetrokken",
  );
  const slowest = Math.max(prijsfactor.seconds, licentie.seconds);
  return { scenario: "recompute", seconds: slowest, prijsfactor, licentie, peakRssMb: options.peakRssMb() };
}
