// Pipeline step for mbo resultaten (diplomas and certificaten), set-based over a part of a batch:
// R02/R03/R05/R06, unchanged re-deliveries, the writes, S03 relevance.
import type { Levering } from "@/lib/register/validate";
import { deleteByIds, insertRows, select, updateRows } from "./bulk";
import { auditRow, inFixedDiplomaYear, pgnVan, reject, tekst, type Item, type Outcome, type Step } from "./context";
import { inschrijvingenOpSleutel, type BestaandeInschrijving } from "./inschrijving";

type ResultaatInhoud = {
  inschrijvingsvolgnummer: string;
  opleidingscode: string;
  soort: "DIPLOMA" | "CERTIFICAAT";
  datumBehaald: string;
  indicatieBekostigbaar: boolean;
};

interface Resolved {
  existing: (ResultaatInhoud & { id: number; persoonId: number; pgn: string }) | null;
  inschrijving: BestaandeInschrijving | null;
}

const key = (brin: string, volgnummer: string) => `${brin}\u0000${volgnummer}`;

const inhoud = (m: Levering<"mbo-resultaten">): ResultaatInhoud => ({
  inschrijvingsvolgnummer: m.gegevens.inschrijvingsvolgnummer,
  opleidingscode: m.gegevens.opleidingscode,
  soort: m.gegevens.soort,
  datumBehaald: m.gegevens.datumBehaald,
  indicatieBekostigbaar: m.gegevens.indicatieBekostigbaar === "J",
});

const sameResultaat = (a: ResultaatInhoud, b: ResultaatInhoud) =>
  a.inschrijvingsvolgnummer === b.inschrijvingsvolgnummer &&
  a.opleidingscode === b.opleidingscode &&
  a.soort === b.soort &&
  a.datumBehaald === b.datumBehaald &&
  a.indicatieBekostigbaar === b.indicatieBekostigbaar;

export const resultaatStep: Step<Resolved> = {
  lockKeys(item) {
    const pgn = item.verwijdering ? undefined : pgnVan(item.deel);
    return [`R:${item.brin}:${item.sleutel}`, ...(pgn ? [`P:${pgn}`] : [])];
  },

  async resolve(tx, items) {
    type Row = ResultaatInhoud & {
      id: number;
      persoonId: number;
      pgn: string;
      brin: string;
      resultaatvolgnummer: string;
    };
    const rows = await select<Row>(
      tx,
      `SELECT r.id, r."persoonId", p.pgn, r.brin, r.resultaatvolgnummer, r.inschrijvingsvolgnummer, r.opleidingscode, r.soort::text AS soort,
              r."datumBehaald"::text AS "datumBehaald", r."indicatieBekostigbaar"
       FROM unnest($1::text[], $2::text[]) AS k(brin, volgnummer)
       CROSS JOIN LATERAL (SELECT * FROM "Resultaat" x WHERE x.brin = k.brin AND x.resultaatvolgnummer = k.volgnummer) r
       CROSS JOIN LATERAL (SELECT pgn FROM "Persoon" y WHERE y.id = r."persoonId") p`,
      items.map((i) => i.brin),
      items.map((i) => i.sleutel),
    );
    const existing = new Map(rows.map(({ brin, resultaatvolgnummer, ...r }) => [key(brin, resultaatvolgnummer), r]));
    const inschrijvingen = await inschrijvingenOpSleutel(
      tx,
      items.flatMap((i) => {
        const ivn = i.verwijdering ? undefined : tekst(i.deel, "inschrijvingsvolgnummer");
        return ivn ? [{ brin: i.brin, volgnummer: ivn }] : [];
      }),
    );
    return items.map((i) => {
      const ivn = tekst(i.deel, "inschrijvingsvolgnummer");
      return {
        existing: existing.get(key(i.brin, i.sleutel)) ?? null,
        inschrijving: ivn && !i.verwijdering ? (inschrijvingen.get(key(i.brin, ivn)) ?? null) : null,
      };
    });
  },

  person(item, r) {
    return item.verwijdering ? (r.existing?.pgn ?? null) : (pgnVan(item.deel) ?? null);
  },

  async apply(ctx, items, resolved) {
    const outcomes: Outcome[] = items.map(() => ({ kind: "afgekeurd" }));
    type Write = { index: number; item: Item; r: Resolved; na: ResultaatInhoud };
    const inserts: Write[] = [];
    const updates: Write[] = [];
    const removals: { index: number; item: Item; r: Resolved }[] = [];
    for (const [index, item] of items.entries()) {
      const r = resolved[index]!;
      if (item.geenToegang) continue;
      if (item.verwijdering) {
        if (!item.melding) continue;
        if (!r.existing)
          reject(item, "R06", "resultaatvolgnummer", `Er is geen resultaat ${item.sleutel} om te verwijderen.`);
        else removals.push({ index, item, r });
        continue;
      }
      const { deel } = item;
      const pgn = pgnVan(deel);
      const opleiding = tekst(deel, "opleidingscode");
      if (opleiding !== undefined && !ctx.ref.opleidingen.has(opleiding))
        reject(item, "R02", "opleidingscode", `Opleiding ${opleiding} is niet bekend in RIO.`, opleiding);
      const ivn = tekst(deel, "inschrijvingsvolgnummer");
      const i = r.inschrijving;
      if (ivn !== undefined && (!i || i.sector !== "MBO" || (pgn !== undefined && i.pgn !== pgn))) {
        reject(
          item,
          "R03",
          "inschrijvingsvolgnummer",
          `Inschrijving ${ivn} bestaat niet bij ${item.brin} of hoort bij een andere persoon.`,
        );
      }
      if (r.existing && pgn !== undefined && r.existing.pgn !== pgn) {
        reject(
          item,
          "R05",
          "resultaatvolgnummer",
          `Resultaatvolgnummer ${item.sleutel} is al geregistreerd voor een andere persoon.`,
        );
      }
      if (item.afkeuringen.length || !item.melding || !i) continue;
      const na = inhoud(item.melding as Levering<"mbo-resultaten">);
      if (r.existing && sameResultaat(r.existing, na)) {
        outcomes[index] = { kind: "ongewijzigd", persoonId: i.persoonId };
        continue;
      }
      (r.existing ? updates : inserts).push({ index, item, r, na });
    }

    const { tx } = ctx;
    deleteByIds(
      tx,
      "Resultaat",
      removals.map((x) => x.r.existing!.id),
    );
    updateRows(
      tx,
      "Resultaat",
      ["inschrijvingsvolgnummer", "opleidingscode", "soort", "datumBehaald", "indicatieBekostigbaar"],
      updates.map((u) => ({ id: u.r.existing!.id, ...u.na })),
    );
    insertRows(
      tx,
      "Resultaat",
      inserts.map((x) => ({
        ...x.na,
        brin: x.item.brin,
        resultaatvolgnummer: x.item.sleutel,
        persoonId: x.r.inschrijving!.persoonId,
      })),
    );
    const voor = (r: Resolved): ResultaatInhoud | null =>
      r.existing && {
        inschrijvingsvolgnummer: r.existing.inschrijvingsvolgnummer,
        opleidingscode: r.existing.opleidingscode,
        soort: r.existing.soort,
        datumBehaald: r.existing.datumBehaald,
        indicatieBekostigbaar: r.existing.indicatieBekostigbaar,
      };
    insertRows(tx, "AuditEvent", [
      ...removals.map((x) => auditRow(ctx, x.item, "Resultaat", x.item.sleutel, "VERWIJDEREN", voor(x.r), null)),
      ...[...updates, ...inserts]
        .sort((a, b) => a.index - b.index)
        .map((x) => auditRow(ctx, x.item, "Resultaat", x.item.sleutel, "LEVEREN", voor(x.r), x.na)),
    ]);
    for (const x of removals) {
      outcomes[x.index] = {
        kind: "gewijzigd",
        aangemaakt: false,
        persoonId: x.r.existing!.persoonId,
        raaktVastgesteld: inFixedDiplomaYear(ctx.ref, x.r.existing!.datumBehaald),
      };
    }
    for (const x of [...updates, ...inserts]) {
      outcomes[x.index] = {
        kind: "gewijzigd",
        aangemaakt: !x.r.existing,
        persoonId: x.r.inschrijving!.persoonId,
        raaktVastgesteld: inFixedDiplomaYear(ctx.ref, x.r.existing?.datumBehaald, x.na.datumBehaald),
      };
    }
    return outcomes;
  },
};
