// One person as one institution sees them: the person, and only THIS institution's inschrijvingen,
// BPV, resultaten, verzuim, signalen, meldingen and funding assessments of that person.
import type { MeldingSoort } from "@/generated/prisma/enums";
import { defaultClient, isoOf, type Client } from "./shared";

export interface DetailPeriode {
  begindatum: string;
  opleidingscode: string | null;
  opleidingNaam: string | null;
  leerweg: string | null;
  indicatieBekostigbaar: boolean | null;
  vestigingscode: string | null;
  vestigingNaam: string | null;
  groep: number | null;
}

export interface DetailBpv {
  bpvVolgnummer: string;
  leerbedrijfId: string;
  opleidingscode: string;
  afsluitdatum: string;
  datumBegin: string;
  datumEindeGepland: string;
  datumEinde: string | null;
  omvangUren: number;
}

export interface DetailSignaal {
  /** The record it rests on: the inschrijving itself or one of its BPV (`volgnummer/bpvVolgnummer`). */
  sleutel: string;
  soort: MeldingSoort;
  code: string;
  parameters: Record<string, string>;
  sindsOp: Date;
}

export interface DetailInschrijving {
  id: number;
  volgnummer: string;
  sector: "MBO" | "PO";
  datumInschrijving: string;
  datumUitschrijvingGepland: string | null;
  datumUitschrijving: string | null;
  redenUitschrijving: string | null;
  perioden: DetailPeriode[];
  bpv: DetailBpv[];
  signalen: DetailSignaal[];
}

export interface DetailResultaat {
  resultaatvolgnummer: string;
  inschrijvingsvolgnummer: string;
  opleidingscode: string;
  opleidingNaam: string | null;
  soort: "DIPLOMA" | "CERTIFICAAT";
  datumBehaald: string;
  indicatieBekostigbaar: boolean;
}

export interface DetailVerzuim {
  verzuimvolgnummer: string;
  soort: string;
  datumBegin: string;
  datumEinde: string | null;
  toelichting: string | null;
  behandelstatus: string;
}

export interface DetailBeoordeling {
  soort: "INSCHRIJVING" | "RESULTAAT";
  volgnummer: string;
  /** Teldatum, or 1 January of a diploma's kalenderjaar. */
  peildatum: string;
  status: "J" | "N";
  codes: string[];
  /** Parameters of the codes, e.g. M09's brin of the inschrijving that counts. */
  parameters: Record<string, string>;
  gewicht: number;
  definitief: boolean;
}

export interface DetailMelding {
  id: number;
  soort: MeldingSoort;
  sleutel: string;
  verwijdering: boolean;
  bron: string;
  status: "ONTVANGEN" | "VERWERKT" | "AFGEKEURD";
  gewijzigd: boolean;
  codes: { code: string; kolom?: string; melding?: string }[];
  ontvangenOp: Date;
  verwerktOp: Date | null;
}

export interface DeelnemerDetail {
  /** The inschrijving the page was opened for. */
  inschrijvingId: number;
  /** The person's internal id (the audit key of an inzage; never shown). */
  persoonId: number;
  persoon: {
    /** In full: this page is the one place a school sees the whole PGN (domain.md). */
    pgn: string;
    geboortedatum: string;
    geslacht: string;
    achternaam: string | null;
    voorvoegsel: string | null;
    voornamen: string | null;
    postcode: string | null;
    woonland: string;
  };
  inschrijvingen: DetailInschrijving[];
  resultaten: DetailResultaat[];
  verzuim: DetailVerzuim[];
  bekostiging: DetailBeoordeling[];
  meldingen: DetailMelding[];
}

/** The latest meldingen shown; older ones stay in the upload reports. */
export const MELDINGEN_LIMIT = 100;

const INSCHRIJVING_SOORTEN: MeldingSoort[] = ["MBO_INSCHRIJVING", "PO_INSCHRIJVING"];

const stringRecord = (value: unknown): Record<string, string> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]))
    : {};

function meldingCodes(value: unknown): DetailMelding["codes"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c: unknown) => {
    if (!c || typeof c !== "object" || typeof (c as { code?: unknown }).code !== "string") return [];
    const { code, kolom, melding } = c as { code: string; kolom?: unknown; melding?: unknown };
    return [
      { code, ...(typeof kolom === "string" ? { kolom } : {}), ...(typeof melding === "string" ? { melding } : {}) },
    ];
  });
}

/**
 * Null when the inschrijving does not exist or is of another institution: the page answers 404
 * either way. Everything below is filtered on `brin` as well as on the person.
 */
export async function deelnemerDetail(
  brin: string,
  inschrijvingId: number,
  client: Client = defaultClient,
): Promise<DeelnemerDetail | null> {
  const start = await client.inschrijving.findFirst({
    where: { id: inschrijvingId, brin },
    include: { persoon: true },
  });
  if (!start) return null;
  const { persoon } = start;

  const [inschrijvingen, resultaten, verzuim, beoordelingen] = await Promise.all([
    client.inschrijving.findMany({
      where: { brin, persoonId: persoon.id },
      include: { perioden: { orderBy: { begindatum: "asc" } }, bpv: { orderBy: { datumBegin: "asc" } } },
      orderBy: [{ datumInschrijving: "desc" }, { id: "desc" }],
    }),
    client.resultaat.findMany({
      where: { brin, persoonId: persoon.id },
      orderBy: [{ datumBehaald: "desc" }, { id: "desc" }],
    }),
    client.verzuimmelding.findMany({
      where: { brin, persoonId: persoon.id },
      orderBy: [{ datumBegin: "desc" }, { id: "desc" }],
    }),
    client.bekostigingsbeoordeling.findMany({
      where: { brin, persoonId: persoon.id },
      orderBy: [{ peildatum: "desc" }, { soort: "asc" }, { volgnummer: "asc" }],
    }),
  ]);

  const volgnummers = inschrijvingen.map((i) => i.inschrijvingsvolgnummer);
  const bpvSleutels = inschrijvingen.flatMap((i) =>
    i.bpv.map((b) => `${i.inschrijvingsvolgnummer}/${b.bpvVolgnummer}`),
  );
  const codes = new Set(
    [
      ...inschrijvingen.flatMap((i) => i.perioden.map((p) => p.opleidingscode)),
      ...resultaten.map((r) => r.opleidingscode),
    ].filter((c): c is string => c !== null),
  );
  const vestigingCodes = new Set(
    inschrijvingen.flatMap((i) => i.perioden.map((p) => p.vestigingscode)).filter((c): c is string => c !== null),
  );

  const [signalen, meldingen, opleidingen, vestigingen] = await Promise.all([
    client.signaal.findMany({
      where: {
        brin,
        OR: [
          { soort: { in: INSCHRIJVING_SOORTEN }, sleutel: { in: volgnummers } },
          { soort: "BPV", sleutel: { in: bpvSleutels } },
        ],
      },
      orderBy: [{ code: "asc" }, { sleutel: "asc" }],
    }),
    client.melding.findMany({
      // The terugkoppeling of this school's keys of the person; a removed BPV's meldingen included.
      where: {
        brin,
        OR: [
          { soort: { in: INSCHRIJVING_SOORTEN }, sleutel: { in: volgnummers } },
          ...volgnummers.map((v) => ({ soort: "BPV" as const, sleutel: { startsWith: `${v}/` } })),
          { soort: "RESULTAAT", sleutel: { in: resultaten.map((r) => r.resultaatvolgnummer) } },
          { soort: "VERZUIM", sleutel: { in: verzuim.map((v) => v.verzuimvolgnummer) } },
        ],
      },
      orderBy: [{ ontvangenOp: "desc" }, { id: "desc" }],
      take: MELDINGEN_LIMIT,
    }),
    client.opleiding.findMany({
      where: { opleidingscode: { in: [...codes] } },
      select: { opleidingscode: true, naam: true },
    }),
    client.vestiging.findMany({
      where: { brin, vestigingscode: { in: [...vestigingCodes] } },
      select: { vestigingscode: true, naam: true },
    }),
  ]);
  const opleidingNaam = new Map(opleidingen.map((o) => [o.opleidingscode, o.naam]));
  const vestigingNaam = new Map(vestigingen.map((v) => [v.vestigingscode, v.naam]));

  return {
    inschrijvingId: start.id,
    persoonId: persoon.id,
    persoon: {
      pgn: persoon.pgn,
      geboortedatum: isoOf(persoon.geboortedatum),
      geslacht: persoon.geslacht,
      achternaam: persoon.achternaam,
      voorvoegsel: persoon.voorvoegsel,
      voornamen: persoon.voornamen,
      postcode: persoon.postcode,
      woonland: persoon.woonland,
    },
    inschrijvingen: inschrijvingen.map((i) => ({
      id: i.id,
      volgnummer: i.inschrijvingsvolgnummer,
      sector: i.sector,
      datumInschrijving: isoOf(i.datumInschrijving),
      datumUitschrijvingGepland: isoOf(i.datumUitschrijvingGepland),
      datumUitschrijving: isoOf(i.datumUitschrijving),
      redenUitschrijving: i.redenUitschrijving,
      perioden: i.perioden.map((p) => ({
        begindatum: isoOf(p.begindatum),
        opleidingscode: p.opleidingscode,
        opleidingNaam: p.opleidingscode ? (opleidingNaam.get(p.opleidingscode) ?? null) : null,
        leerweg: p.leerweg,
        indicatieBekostigbaar: p.indicatieBekostigbaar,
        vestigingscode: p.vestigingscode,
        vestigingNaam: p.vestigingscode ? (vestigingNaam.get(p.vestigingscode) ?? null) : null,
        groep: p.groep,
      })),
      bpv: i.bpv.map((b) => ({
        bpvVolgnummer: b.bpvVolgnummer,
        leerbedrijfId: b.leerbedrijfId,
        opleidingscode: b.opleidingscode,
        afsluitdatum: isoOf(b.afsluitdatum),
        datumBegin: isoOf(b.datumBegin),
        datumEindeGepland: isoOf(b.datumEindeGepland),
        datumEinde: isoOf(b.datumEinde),
        omvangUren: b.omvangUren,
      })),
      signalen: signalen
        .filter((s) => s.sleutel === i.inschrijvingsvolgnummer || s.sleutel.startsWith(`${i.inschrijvingsvolgnummer}/`))
        .map((s) => ({
          sleutel: s.sleutel,
          soort: s.soort,
          code: s.code,
          parameters: stringRecord(s.parameters),
          sindsOp: s.sindsOp,
        })),
    })),
    resultaten: resultaten.map((r) => ({
      resultaatvolgnummer: r.resultaatvolgnummer,
      inschrijvingsvolgnummer: r.inschrijvingsvolgnummer,
      opleidingscode: r.opleidingscode,
      opleidingNaam: opleidingNaam.get(r.opleidingscode) ?? null,
      soort: r.soort,
      datumBehaald: isoOf(r.datumBehaald),
      indicatieBekostigbaar: r.indicatieBekostigbaar,
    })),
    verzuim: verzuim.map((v) => ({
      verzuimvolgnummer: v.verzuimvolgnummer,
      soort: v.soort,
      datumBegin: isoOf(v.datumBegin),
      datumEinde: isoOf(v.datumEinde),
      toelichting: v.toelichting,
      behandelstatus: v.behandelstatus,
    })),
    bekostiging: beoordelingen.map((b) => ({
      soort: b.soort === "RESULTAAT" ? "RESULTAAT" : "INSCHRIJVING",
      volgnummer: b.volgnummer,
      peildatum: isoOf(b.peildatum),
      status: b.status === "J" ? "J" : "N",
      codes: b.codes,
      parameters: stringRecord(b.parameters),
      gewicht: Number(b.gewicht),
      definitief: b.definitief,
    })),
    meldingen: meldingen.map((m) => ({
      id: m.id,
      soort: m.soort,
      sleutel: m.sleutel,
      verwijdering: m.verwijdering,
      bron: m.bron,
      status: m.status,
      gewijzigd: m.gewijzigd,
      codes: meldingCodes(m.codes),
      ontvangenOp: m.ontvangenOp,
      verwerktOp: m.verwerktOp,
    })),
  };
}
