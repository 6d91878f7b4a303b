// The response shapes of the API as zod schemas: with the request schemas of lib/register/validate
// and lib/api/osr.ts they are the single source of the OpenAPI document, and the tests check real
// answers against them.
import { z } from "zod";
import { GEGEVENS_SCHEMAS, mboPeriodeSchema, poPeriodeSchema, SOORTEN, velden } from "@/lib/register/validate";
import { DIENSTEN } from "../mandates";
import { osrAdresBody, osrEndpointBody } from "../osr";

const tijdstip = z.iso.datetime({ offset: true }).meta({ description: "Tijdstip volgens RFC 3339, in UTC." });
const datum = velden.datum;
const jn = z.enum(["J", "N"]);

export const tokenResponse = z
  .object({
    access_token: z.string().meta({ description: "Het access token (een ondertekende JWT)." }),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int().meta({ description: "Geldigheid in seconden (900)." }),
  })
  .meta({
    id: "TokenAntwoord",
    description: "Antwoord van het tokenendpoint (RFC 6749; namen zoals OAuth ze voorschrijft).",
  });

export const invalidParam = z
  .object({
    name: z.string().meta({ description: "JSON pointer (RFC 6901) naar het veld in de body." }),
    code: z.string().meta({ description: "Afkeuringscode (F01–F10, R01–R07), zie /help/codes." }),
    reason: z.string().meta({ description: "Uitleg in het Nederlands." }),
  })
  .meta({ id: "OngeldigVeld" });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    invalidParams: z.array(invalidParam).optional(),
    melding: z
      .object({ id: z.number().int(), status: z.literal("afgekeurd") })
      .optional()
      .meta({ description: "De afgekeurde melding zoals die in de terugkoppeling staat." }),
  })
  .meta({ id: "Probleem", description: "Foutmelding volgens RFC 9457 (application/problem+json)." });

export const signaalSchema = z
  .object({ code: z.string(), omschrijving: z.string(), parameters: z.record(z.string(), z.string()) })
  .meta({ id: "Signaal", description: "Een waarschuwing bij een opgeslagen record (S01–S05)." });

const beoordelingVelden = {
  status: jn.meta({ description: "J: bekostigd, N: niet bekostigd." }),
  codes: z.array(z.string()).meta({ description: "De codes waarom niet bekostigd (M, D of P), gesorteerd." }),
  gewicht: z.number(),
  definitief: z.boolean().meta({ description: "true zodra de teldatum is vastgesteld." }),
  parameters: z
    .record(z.string(), z.string())
    .meta({ description: "Bijvoorbeeld { brin } van de inschrijving die telt (M09/P03)." }),
};

export const bekostigingSchema = z
  .union([
    z.object({ teldatum: datum, ...beoordelingVelden }),
    z.object({
      kalenderjaar: z.number().int().meta({ description: "Kalenderjaar van een diploma." }),
      ...beoordelingVelden,
    }),
  ])
  .meta({
    id: "Beoordeling",
    description: "Een bekostigingsbeoordeling: per teldatum, of per kalenderjaar voor een diploma.",
  });

export const terugkoppelingSchema = z
  .object({
    melding: z.object({
      id: z.number().int(),
      status: z.literal("verwerkt"),
      gewijzigd: z.boolean().meta({ description: "false: de melding was gelijk aan wat al geregistreerd stond." }),
    }),
    signalen: z.array(signaalSchema),
    bekostiging: z
      .array(bekostigingSchema)
      .meta({ description: "De beoordelingen van dit record (bij een BPV: van de inschrijving), op datum." }),
  })
  .meta({ id: "Terugkoppeling", description: "De directe terugkoppeling op een verwerkte melding." });

const page = <T extends z.ZodType>(item: T, id: string, description: string) =>
  z
    .object({
      items: z.array(item),
      next: z.string().nullable().meta({ description: "Cursor voor de volgende pagina; null op de laatste." }),
    })
    .meta({ id, description });

const bpvLezen = GEGEVENS_SCHEMAS["mbo-bpv"].extend({
  bpvVolgnummer: velden.volgnummer,
  signalen: z.array(signaalSchema),
});
const resultaatVelden = GEGEVENS_SCHEMAS["mbo-resultaten"]
  .omit({ bsn: true, onderwijsnummer: true })
  .extend({ resultaatvolgnummer: velden.volgnummer });

export const mboInschrijvingLezen = GEGEVENS_SCHEMAS["mbo-inschrijvingen"]
  .extend({
    inschrijvingsvolgnummer: velden.volgnummer,
    perioden: z.array(mboPeriodeSchema),
    bpv: z.array(bpvLezen),
    resultaten: z.array(resultaatVelden),
    signalen: z.array(signaalSchema),
    bekostiging: z.array(bekostigingSchema),
  })
  .meta({
    id: "MboInschrijving",
    description: "Een mbo-inschrijving zoals geregistreerd, met BPV, resultaten, signalen en bekostiging.",
  });

export const poInschrijvingLezen = GEGEVENS_SCHEMAS["po-inschrijvingen"]
  .extend({
    inschrijvingsvolgnummer: velden.volgnummer,
    perioden: z.array(poPeriodeSchema),
    signalen: z.array(signaalSchema),
    bekostiging: z.array(bekostigingSchema),
  })
  .meta({ id: "PoInschrijving", description: "Een po-inschrijving zoals geregistreerd, met signalen en bekostiging." });

export const inschrijvingLezen = z.union([mboInschrijvingLezen, poInschrijvingLezen]).meta({ id: "Inschrijving" });
export const inschrijvingenPagina = page(
  inschrijvingLezen,
  "InschrijvingenPagina",
  "Een pagina inschrijvingen, op inschrijvingsvolgnummer.",
);

export const resultaatLezen = GEGEVENS_SCHEMAS["mbo-resultaten"]
  .extend({ resultaatvolgnummer: velden.volgnummer, bekostiging: z.array(bekostigingSchema) })
  .meta({
    id: "Resultaat",
    description: "Een mbo-resultaat zoals geregistreerd, met de bekostiging per kalenderjaar.",
  });

export const verzuimLezen = GEGEVENS_SCHEMAS["po-verzuim"]
  .extend({ verzuimvolgnummer: velden.volgnummer, behandelstatus: z.enum(["GEMELD", "IN_BEHANDELING", "AFGEHANDELD"]) })
  .meta({
    id: "Verzuimmelding",
    description: "Een verzuimmelding zoals geregistreerd, met de behandelstatus van DUO.",
  });

export const resultatenPagina = page(
  resultaatLezen,
  "ResultatenPagina",
  "Een pagina resultaten, op resultaatvolgnummer.",
);
export const verzuimmeldingenPagina = page(
  verzuimLezen,
  "VerzuimmeldingenPagina",
  "Een pagina verzuimmeldingen, op verzuimvolgnummer.",
);
export const bpvEen = bpvLezen
  .extend({ inschrijvingsvolgnummer: velden.volgnummer })
  .meta({ id: "Bpv", description: "Een BPV zoals geregistreerd, met zijn signalen." });
export const bpvPagina = page(bpvEen, "BpvPagina", "De BPV van een inschrijving, op bpvVolgnummer.");

export const mandaatItem = z
  .object({
    id: z.uuid(),
    brin: z.string().meta({ description: "De instelling die het mandaat gaf." }),
    naam: z.string(),
    dienst: z.enum(DIENSTEN),
    begindatum: datum,
    einddatum: datum.nullable(),
    geldig: z.boolean().meta({ description: "Of het mandaat vandaag geldt." }),
  })
  .meta({
    id: "Mandaat",
    examples: [
      {
        id: "3f0e8a52-5c1e-4d7a-9a57-2f1c0a6b7e11",
        brin: "01AB",
        naam: "OBS De Linde",
        dienst: "ROD_PO",
        begindatum: "2026-01-01",
        einddatum: null,
        geldig: true,
      },
    ],
  });
export const mandatenPagina = page(mandaatItem, "MandatenPagina", "De mandaten van uw organisatie.");

export const bekostigingPagina = page(
  z
    .object({ inschrijvingsvolgnummer: velden.volgnummer, teldatum: datum, ...beoordelingVelden })
    .meta({ id: "TeldatumBeoordeling" }),
  "BekostigingPagina",
  "Een pagina beoordelingen van één teldatum.",
);

export const meldingItem = z
  .object({
    id: z.number().int(),
    soort: z.enum(SOORTEN),
    sleutel: z.string().meta({ description: "Het volgnummer (bij een BPV: inschrijvingsvolgnummer/bpvVolgnummer)." }),
    verwijdering: z.boolean(),
    bron: z.enum(["UPLOAD", "API", "FORM"]),
    uploadId: z.string().nullable(),
    status: z.enum(["verwerkt", "afgekeurd"]),
    gewijzigd: z.boolean(),
    codes: z
      .array(
        z.object({
          code: z.string(),
          kolom: z.string().optional(),
          melding: z.string().optional(),
          parameters: z.record(z.string(), z.string()).optional(),
        }),
      )
      .meta({ description: "Afkeuringscodes met veld en uitleg, of de signalen van een verwerkte melding." }),
    ontvangenOp: tijdstip,
    verwerktOp: tijdstip.nullable(),
  })
  .meta({ id: "Melding" });
/** A change feed's page: `next` as any collection, and `cursor`, the position to continue from later. */
const feedPage = <T extends z.ZodType>(item: T, id: string, description: string) =>
  z
    .object({
      items: z.array(item),
      next: z.string().nullable().meta({ description: "Cursor voor de volgende pagina; null als u bij bent." }),
      cursor: z.string().meta({
        description:
          "Positie na het laatste item van deze pagina (of, bij een lege pagina, het punt tot waar alles is gelezen). Altijd aanwezig, ook als next null is: bewaar hem en vraag later verder met ?cursor=.",
      }),
    })
    .meta({ id, description });

export const meldingenPagina = feedPage(
  meldingItem,
  "MeldingenPagina",
  "De terugkoppeling in volgorde van vastleggen (commit).",
);

export const berichtItem = z
  .object({
    id: z.number().int(),
    soort: z.enum([
      "KENNISGEVING_INSCHRIJVING",
      "KENNISGEVING_UITSCHRIJVING",
      "BEKOSTIGING_GEWIJZIGD",
      "TELDATUM_VASTGESTELD",
    ]),
    aangemaaktOp: tijdstip,
    gelezen: z.boolean(),
    gegevens: z.record(z.string(), z.unknown()).meta({ description: "De velden die bij dit soort bericht horen." }),
  })
  .meta({ id: "Bericht" });
export const berichtenPagina = feedPage(
  berichtItem,
  "BerichtenPagina",
  "Het postvak van de instelling in volgorde van vastleggen (commit).",
);

export const uploadAangenomen = z.object({ id: z.uuid() }).meta({ id: "UploadAangenomen" });

export const uploadStatus = z
  .object({
    id: z.uuid(),
    soort: z.enum(SOORTEN),
    bestandsnaam: z.string(),
    status: z.enum(["IN_WACHTRIJ", "BEZIG", "KLAAR", "MISLUKT"]),
    voortgang: z.number().int().min(0).max(100),
    aantallen: z.object({
      rijen: z.number().int(),
      meldingen: z.number().int(),
      verwerkt: z.number().int(),
      afgekeurd: z.number().int(),
      signalen: z.number().int(),
    }),
    foutmelding: z.string().nullable().meta({ description: "Waarom het bestand als geheel is geweigerd (MISLUKT)." }),
    aangemaaktOp: tijdstip,
    klaarOp: tijdstip.nullable(),
  })
  .meta({ id: "Upload" });
export const uploadsPagina = page(uploadStatus, "UploadsPagina", "Een pagina uploads, nieuwste eerst.");

export const foutenPagina = page(
  z
    .object({
      rij: z
        .number()
        .int()
        .meta({ description: "Het rijnummer zoals een spreadsheet het toont (de kopregel is rij 1)." }),
      kolom: z.string(),
      code: z.string(),
      melding: z.string(),
    })
    .meta({ id: "Fout" }),
  "FoutenPagina",
  "Het foutenrapport: alleen afkeuringen, in bestandsvolgorde.",
);

const geleverd = {
  geleverdDoor: z.string().meta({ description: "De naam van de leverancier die dit aanleverde." }),
  geleverdOp: tijdstip,
};
export const osrAdresLezen = osrAdresBody.extend(geleverd).meta({ id: "OsrAdres" });
export const osrEndpointLezen = osrEndpointBody
  .safeExtend({ dienst: z.enum(DIENSTEN), ...geleverd })
  .meta({ id: "OsrEndpoint" });

// Push of berichten (lib/push): the signing secret and the delivery log.
const PUSH_UITLEG =
  "DUO stuurt elk bericht van de instelling voor deze dienst als POST naar de url van het endpoint, volgens Standard Webhooks: headers webhook-id (vast per bericht, om dubbele te herkennen), webhook-timestamp en webhook-signature (v1, HMAC-SHA256 met de ondertekeningssleutel). De body heeft de vorm van een item van de berichtenfeed, met brin en dienst; het eerste bericht na het aanleveren is een PING.";
export const PUSH_BESCHRIJVING = PUSH_UITLEG;

export const osrEndpointAntwoord = osrEndpointLezen
  .safeExtend({
    ondertekeningssleutel: z.string().optional().meta({
      description:
        "Alleen bij het eerste endpoint van uw organisatie: de ondertekeningssleutel (whsec_…), eenmalig getoond.",
    }),
  })
  .meta({
    id: "OsrEndpointAntwoord",
    examples: [
      {
        dienst: "ROD_PO",
        url: "https://las.edusoft.example/rod-po/01AB",
        attributen: ["LAS"],
        startdatum: "2026-01-01",
        einddatum: null,
        geleverdDoor: "Edusoft",
        geleverdOp: "2026-11-23T08:00:00.000Z",
        ondertekeningssleutel: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      },
    ],
  });

export const ondertekeningssleutelStatus = z
  .object({
    aangemaaktOp: tijdstip
      .nullable()
      .meta({ description: "Wanneer de huidige sleutel is gemaakt; null als er nog geen is." }),
    vorigeGeldigTot: tijdstip
      .nullable()
      .meta({ description: "Tot wanneer de vorige sleutel nog meeondertekent na een vervanging." }),
  })
  .meta({
    id: "OndertekeningssleutelStatus",
    examples: [{ aangemaaktOp: "2026-11-23T08:00:00.000Z", vorigeGeldigTot: null }],
  });

export const ondertekeningssleutelNieuw = ondertekeningssleutelStatus
  .extend({
    ondertekeningssleutel: z.string().meta({ description: "De nieuwe sleutel (whsec_ + base64), eenmalig getoond." }),
  })
  .meta({
    id: "Ondertekeningssleutel",
    examples: [
      {
        ondertekeningssleutel: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        aangemaaktOp: "2026-12-04T06:00:00.000Z",
        vorigeGeldigTot: "2026-12-05T06:00:00.000Z",
      },
    ],
  });

export const leveringItem = z
  .object({
    id: z.number().int(),
    event: z.string().meta({ description: "PING of het soort bericht." }),
    berichtId: z.number().int().nullable().meta({ description: "Het bericht (null voor een PING)." }),
    webhookId: z.string().meta({ description: "De webhook-id header: vast per bericht." }),
    status: z.enum(["WACHTEND", "AFGELEVERD", "MISLUKT", "GESTOPT"]),
    pogingen: z.number().int(),
    laatsteStatus: z
      .number()
      .int()
      .nullable()
      .meta({ description: "De HTTP-status van de laatste poging; null als er geen antwoord kwam." }),
    laatsteDuurMs: z.number().int().nullable(),
    laatsteFout: z.string().nullable(),
    laatstePogingOp: tijdstip.nullable(),
    volgendePogingOp: tijdstip
      .nullable()
      .meta({ description: "Wanneer het opnieuw geprobeerd wordt (alleen bij WACHTEND)." }),
    afgeleverdOp: tijdstip.nullable(),
    aangemaaktOp: tijdstip,
  })
  .meta({
    id: "Levering",
    examples: [
      {
        id: 42,
        event: "BEKOSTIGING_GEWIJZIGD",
        berichtId: 1234,
        webhookId: "msg_bericht_1234",
        status: "WACHTEND",
        pogingen: 2,
        laatsteStatus: 503,
        laatsteDuurMs: 120,
        laatsteFout: "Het endpoint antwoordde met status 503.",
        laatstePogingOp: "2026-12-04T06:00:20.000Z",
        volgendePogingOp: "2026-12-04T06:00:40.000Z",
        afgeleverdOp: null,
        aangemaaktOp: "2026-12-04T06:00:00.000Z",
      },
    ],
  });
export const leveringenPagina = page(
  leveringItem,
  "LeveringenPagina",
  "Het leveringslog van uw endpoint, nieuwste eerst.",
);
