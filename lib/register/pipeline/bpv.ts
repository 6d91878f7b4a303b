// Pipeline step for BPV (mbo work placements), set-based over a part of a batch: R03/R06, unchanged
// re-deliveries, the writes, S03 relevance. A BPV finds its person through its inschrijving.
import type { Levering } from "@/lib/register/validate";
import { deleteByIds, insertRows, select, updateRows } from "./bulk";
import { activeOnFixedTeldatum, auditRow, reject, tekst, type Item, type Outcome, type Step } from "./context";

interface Resolved {
  inschrijving: {
    id: number;
    sector: string;
    persoonId: number;
    pgn: string;
    datumInschrijving: string;
    datumUitschrijving: string | null;
  } | null;
  bpv: (BpvInhoud & { id: number }) | null;
}

type BpvInhoud = {
  leerbedrijfId: string;
  opleidingscode: string;
  afsluitdatum: string;
  datumBegin: string;
  datumEindeGepland: string;
  datumEinde: string | null;
  omvangUren: number;
};

type Row = {
  n: number;
  inschrijvingId: number;
  sector: string;
  persoonId: number;
  pgn: string;
  datumInschrijving: string;
  datumUitschrijving: string | null;
  bpvId: number | null;
} & Partial<BpvInhoud>;

const inhoud = (m: Levering<"mbo-bpv">): BpvInhoud => ({
  leerbedrijfId: m.gegevens.leerbedrijfId,
  opleidingscode: m.gegevens.opleidingscode,
  afsluitdatum: m.gegevens.afsluitdatum,
  datumBegin: m.gegevens.datumBegin,
  datumEindeGepland: m.gegevens.datumEindeGepland,
  datumEinde: m.gegevens.datumEinde ?? null,
  omvangUren: m.gegevens.omvangUren,
});

const sameBpv = (a: BpvInhoud, b: BpvInhoud) =>
  a.leerbedrijfId === b.leerbedrijfId &&
  a.opleidingscode === b.opleidingscode &&
  a.afsluitdatum === b.afsluitdatum &&
  a.datumBegin === b.datumBegin &&
  a.datumEindeGepland === b.datumEindeGepland &&
  a.datumEinde === b.datumEinde &&
  a.omvangUren === b.omvangUren;

export const bpvStep: Step<Resolved> = {
  lockKeys(item) {
    const ivn = tekst(item.deel, "inschrijvingsvolgnummer");
    return ivn ? [`I:${item.brin}:${ivn}`] : [];
  },

  async resolve(tx, items) {
    const keyed = items.flatMap((item, n) => {
      const ivn = tekst(item.deel, "inschrijvingsvolgnummer");
      return ivn ? [{ n, brin: item.brin, ivn, bpv: tekst(item.deel, "bpvVolgnummer") ?? "" }] : [];
    });
    const rows = keyed.length
      ? await select<Row>(
          tx,
          `SELECT k.n::int AS n, i.id AS "inschrijvingId", i.sector::text AS sector, i."persoonId", p.pgn, i."datumInschrijving"::text AS "datumInschrijving",
                  i."datumUitschrijving"::text AS "datumUitschrijving", b.id AS "bpvId", b."leerbedrijfId", b.opleidingscode, b.afsluitdatum::text AS afsluitdatum,
                  b."datumBegin"::text AS "datumBegin", b."datumEindeGepland"::text AS "datumEindeGepland", b."datumEinde"::text AS "datumEinde", b."omvangUren"
           FROM unnest($1::int4[], $2::text[], $3::text[], $4::text[]) AS k(n, brin, ivn, bpv)
           CROSS JOIN LATERAL (SELECT * FROM "Inschrijving" x WHERE x.brin = k.brin AND x.inschrijvingsvolgnummer = k.ivn) i
           CROSS JOIN LATERAL (SELECT pgn FROM "Persoon" y WHERE y.id = i."persoonId") p
           LEFT JOIN LATERAL (SELECT * FROM "Bpv" z WHERE z."inschrijvingId" = i.id AND z."bpvVolgnummer" = k.bpv) b ON true`,
          keyed.map((k) => k.n),
          keyed.map((k) => k.brin),
          keyed.map((k) => k.ivn),
          keyed.map((k) => k.bpv),
        )
      : [];
    const byN = new Map(rows.map((r) => [r.n, r]));
    return items.map((_, n): Resolved => {
      const r = byN.get(n);
      if (!r) return { inschrijving: null, bpv: null };
      return {
        inschrijving: {
          id: r.inschrijvingId,
          sector: r.sector,
          persoonId: r.persoonId,
          pgn: r.pgn,
          datumInschrijving: r.datumInschrijving,
          datumUitschrijving: r.datumUitschrijving,
        },
        bpv:
          r.bpvId === null
            ? null
            : {
                id: r.bpvId,
                leerbedrijfId: r.leerbedrijfId!,
                opleidingscode: r.opleidingscode!,
                afsluitdatum: r.afsluitdatum!,
                datumBegin: r.datumBegin!,
                datumEindeGepland: r.datumEindeGepland!,
                datumEinde: r.datumEinde ?? null,
                omvangUren: r.omvangUren!,
              },
      };
    });
  },

  person(_item, r) {
    return r.inschrijving?.pgn ?? null;
  },

  async apply(ctx, items, resolved) {
    const outcomes: Outcome[] = items.map(() => ({ kind: "afgekeurd" }));
    const inserts: { index: number; item: Item; r: Resolved; na: BpvInhoud }[] = [];
    const updates: { index: number; item: Item; r: Resolved; na: BpvInhoud }[] = [];
    const removals: { index: number; item: Item; r: Resolved }[] = [];
    for (const [index, item] of items.entries()) {
      const r = resolved[index]!;
      if (item.geenToegang) continue;
      const ivn = tekst(item.deel, "inschrijvingsvolgnummer");
      const bpvnr = tekst(item.deel, "bpvVolgnummer");
      const inschrijving = r.inschrijving?.sector === "MBO" ? r.inschrijving : null;
      if (item.verwijdering) {
        if (!item.melding) continue;
        // api.md: removing what is not there is R06, also when its inschrijving is not there.
        if (!inschrijving || !r.bpv)
          reject(item, "R06", "bpv_volgnummer", `Er is geen BPV ${bpvnr} bij inschrijving ${ivn} om te verwijderen.`);
        else removals.push({ index, item, r });
        continue;
      }
      if (ivn !== undefined && !inschrijving)
        reject(item, "R03", "inschrijvingsvolgnummer", `Er is geen mbo-inschrijving ${ivn} bij ${item.brin}.`);
      if (item.afkeuringen.length || !item.melding || !inschrijving) continue;
      const na = inhoud(item.melding as Levering<"mbo-bpv">);
      if (r.bpv && sameBpv(r.bpv, na)) {
        outcomes[index] = { kind: "ongewijzigd", persoonId: inschrijving.persoonId };
        continue;
      }
      (r.bpv ? updates : inserts).push({ index, item, r, na });
    }

    const { tx } = ctx;
    deleteByIds(
      tx,
      "Bpv",
      removals.map((x) => x.r.bpv!.id),
    );
    updateRows(
      tx,
      "Bpv",
      [
        "leerbedrijfId",
        "opleidingscode",
        "afsluitdatum",
        "datumBegin",
        "datumEindeGepland",
        "datumEinde",
        "omvangUren",
      ],
      updates.map((u) => ({ id: u.r.bpv!.id, ...u.na })),
    );
    insertRows(
      tx,
      "Bpv",
      inserts.map((x) => ({
        ...x.na,
        inschrijvingId: x.r.inschrijving!.id,
        bpvVolgnummer: tekst(x.item.deel, "bpvVolgnummer")!,
      })),
    );
    const voor = (r: Resolved): BpvInhoud | null =>
      r.bpv && {
        leerbedrijfId: r.bpv.leerbedrijfId,
        opleidingscode: r.bpv.opleidingscode,
        afsluitdatum: r.bpv.afsluitdatum,
        datumBegin: r.bpv.datumBegin,
        datumEindeGepland: r.bpv.datumEindeGepland,
        datumEinde: r.bpv.datumEinde,
        omvangUren: r.bpv.omvangUren,
      };
    insertRows(tx, "AuditEvent", [
      ...removals.map((x) => auditRow(ctx, x.item, "Bpv", x.item.sleutel, "VERWIJDEREN", voor(x.r), null)),
      ...[...updates, ...inserts]
        .sort((a, b) => a.index - b.index)
        .map((x) => auditRow(ctx, x.item, "Bpv", x.item.sleutel, "LEVEREN", voor(x.r), x.na)),
    ]);
    for (const x of [...removals, ...updates, ...inserts]) {
      const i = x.r.inschrijving!;
      outcomes[x.index] = {
        kind: "gewijzigd",
        aangemaakt: inserts.includes(x as (typeof inserts)[number]),
        persoonId: i.persoonId,
        raaktVastgesteld: activeOnFixedTeldatum(ctx.ref, "MBO", {
          datumInschrijving: i.datumInschrijving,
          datumUitschrijving: i.datumUitschrijving,
        }),
      };
    }
    return outcomes;
  },
};
