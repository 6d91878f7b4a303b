// Pipeline step for po verzuimmeldingen, set-based over a part of a batch: R03/R05/R06, unchanged
// re-deliveries and the writes (the behandelstatus is DUO's and never written here).
import type { Levering } from "@/lib/register/validate";
import { deleteByIds, insertRows, select, updateRows } from "./bulk";
import { auditRow, pgnVan, reject, tekst, type Item, type Outcome, type Step } from "./context";
import { groupBy } from "./group";
import { personenOpPgn, type PersoonRow } from "./inschrijving";

type VerzuimInhoud = { soort: string; datumBegin: string; datumEinde: string | null; toelichting: string | null };
type Span = { brin: string; datumInschrijving: string; datumUitschrijving: string | null };

interface Resolved {
  existing: (VerzuimInhoud & { id: number; persoonId: number; pgn: string }) | null;
  persoon: PersoonRow | null;
  /** The person's po inschrijvingen at every school (R03 needs the one at this school). */
  inschrijvingen: Span[];
}

const key = (brin: string, volgnummer: string) => `${brin}\u0000${volgnummer}`;

const inhoud = (m: Levering<"po-verzuim">): VerzuimInhoud => ({
  soort: m.gegevens.soort,
  datumBegin: m.gegevens.datumBegin,
  datumEinde: m.gegevens.datumEinde ?? null,
  toelichting: m.gegevens.toelichting ?? null,
});
const sameVerzuim = (a: VerzuimInhoud, b: VerzuimInhoud) =>
  a.soort === b.soort &&
  a.datumBegin === b.datumBegin &&
  a.datumEinde === b.datumEinde &&
  a.toelichting === b.toelichting;

export const verzuimStep: Step<Resolved> = {
  lockKeys(item) {
    const pgn = item.verwijdering ? undefined : pgnVan(item.deel);
    return [`V:${item.brin}:${item.sleutel}`, ...(pgn ? [`P:${pgn}`] : [])];
  },

  async resolve(tx, items) {
    type Row = VerzuimInhoud & { id: number; persoonId: number; pgn: string; brin: string; verzuimvolgnummer: string };
    const rows = await select<Row>(
      tx,
      `SELECT v.id, v."persoonId", p.pgn, v.brin, v.verzuimvolgnummer, v.soort::text AS soort, v."datumBegin"::text AS "datumBegin",
              v."datumEinde"::text AS "datumEinde", v.toelichting
       FROM unnest($1::text[], $2::text[]) AS k(brin, volgnummer)
       CROSS JOIN LATERAL (SELECT * FROM "Verzuimmelding" x WHERE x.brin = k.brin AND x.verzuimvolgnummer = k.volgnummer) v
       CROSS JOIN LATERAL (SELECT pgn FROM "Persoon" y WHERE y.id = v."persoonId") p`,
      items.map((i) => i.brin),
      items.map((i) => i.sleutel),
    );
    const existing = new Map(rows.map(({ brin, verzuimvolgnummer, ...r }) => [key(brin, verzuimvolgnummer), r]));
    const pgns = items.flatMap((i) => (i.verwijdering ? [] : (pgnVan(i.deel) ?? [])));
    const personen = await personenOpPgn(tx, pgns);
    const ids = [...personen.values()].map((p) => p.id);
    const spans = groupBy(
      ids.length
        ? await select<Span & { persoonId: number }>(
            tx,
            `SELECT i."persoonId", i.brin, i."datumInschrijving"::text AS "datumInschrijving", i."datumUitschrijving"::text AS "datumUitschrijving"
             FROM unnest($1::int4[]) AS k(id) CROSS JOIN LATERAL (SELECT * FROM "Inschrijving" x WHERE x."persoonId" = k.id AND x.sector = 'PO') i`,
            ids,
          )
        : [],
      (s) => s.persoonId,
    );
    return items.map((i) => {
      const pgn = i.verwijdering ? undefined : pgnVan(i.deel);
      const persoon = pgn ? (personen.get(pgn) ?? null) : null;
      return {
        existing: existing.get(key(i.brin, i.sleutel)) ?? null,
        persoon,
        inschrijvingen: persoon ? (spans.get(persoon.id) ?? []) : [],
      };
    });
  },

  person(item, r) {
    return item.verwijdering ? (r.existing?.pgn ?? null) : (pgnVan(item.deel) ?? null);
  },

  async apply(ctx, items, resolved) {
    const outcomes: Outcome[] = items.map(() => ({ kind: "afgekeurd" }));
    type Write = { index: number; item: Item; r: Resolved; na: VerzuimInhoud };
    const inserts: Write[] = [];
    const updates: Write[] = [];
    const removals: { index: number; item: Item; r: Resolved }[] = [];
    for (const [index, item] of items.entries()) {
      const r = resolved[index]!;
      if (item.geenToegang) continue;
      if (item.verwijdering) {
        if (!item.melding) continue;
        if (!r.existing)
          reject(item, "R06", "verzuimvolgnummer", `Er is geen verzuimmelding ${item.sleutel} om te verwijderen.`);
        else removals.push({ index, item, r });
        continue;
      }
      const { deel } = item;
      const pgn = pgnVan(deel);
      const datumBegin = tekst(deel, "datumBegin");
      // Enrolled at this school on datum_begin: an inschrijving here active on that day.
      if (pgn !== undefined && datumBegin !== undefined) {
        const enrolled = r.inschrijvingen.some(
          (s) =>
            s.brin === item.brin &&
            s.datumInschrijving <= datumBegin &&
            (s.datumUitschrijving === null || s.datumUitschrijving >= datumBegin),
        );
        if (!r.persoon || !enrolled) {
          reject(
            item,
            "R03",
            r.persoon || !tekst(deel, "onderwijsnummer") ? "bsn" : "onderwijsnummer",
            `De leerling staat op ${datumBegin} niet ingeschreven bij ${item.brin}.`,
          );
        }
      }
      if (r.existing && pgn !== undefined && r.existing.pgn !== pgn) {
        reject(
          item,
          "R05",
          "verzuimvolgnummer",
          `Verzuimvolgnummer ${item.sleutel} is al geregistreerd voor een andere persoon.`,
        );
      }
      if (item.afkeuringen.length || !item.melding || !r.persoon) continue;
      const na = inhoud(item.melding as Levering<"po-verzuim">);
      if (r.existing && sameVerzuim(r.existing, na)) {
        outcomes[index] = { kind: "ongewijzigd", persoonId: r.persoon.id };
        continue;
      }
      (r.existing ? updates : inserts).push({ index, item, r, na });
    }

    const { tx } = ctx;
    deleteByIds(
      tx,
      "Verzuimmelding",
      removals.map((x) => x.r.existing!.id),
    );
    updateRows(
      tx,
      "Verzuimmelding",
      ["soort", "datumBegin", "datumEinde", "toelichting"],
      updates.map((u) => ({ id: u.r.existing!.id, ...u.na })),
    );
    insertRows(
      tx,
      "Verzuimmelding",
      inserts.map((x) => ({
        ...x.na,
        brin: x.item.brin,
        verzuimvolgnummer: x.item.sleutel,
        persoonId: x.r.persoon!.id,
      })),
    );
    const voor = (r: Resolved): VerzuimInhoud | null =>
      r.existing
        ? {
            soort: r.existing.soort,
            datumBegin: r.existing.datumBegin,
            datumEinde: r.existing.datumEinde,
            toelichting: r.existing.toelichting,
          }
        : null;
    insertRows(tx, "AuditEvent", [
      ...removals.map((x) => auditRow(ctx, x.item, "Verzuimmelding", x.item.sleutel, "VERWIJDEREN", voor(x.r), null)),
      ...[...updates, ...inserts]
        .sort((a, b) => a.index - b.index)
        .map((x) => auditRow(ctx, x.item, "Verzuimmelding", x.item.sleutel, "LEVEREN", voor(x.r), x.na)),
    ]);
    for (const x of removals)
      outcomes[x.index] = {
        kind: "gewijzigd",
        aangemaakt: false,
        persoonId: x.r.existing!.persoonId,
        raaktVastgesteld: false,
      };
    for (const x of [...updates, ...inserts])
      outcomes[x.index] = {
        kind: "gewijzigd",
        aangemaakt: !x.r.existing,
        persoonId: x.r.persoon!.id,
        raaktVastgesteld: false,
      };
    return outcomes;
  },
};
