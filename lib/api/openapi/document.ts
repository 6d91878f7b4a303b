// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas that validate the requests
// (lib/register/validate, lib/api/osr.ts) and describe the answers (./schemas.ts). The conformance
// tests check that every route under app/api/v1 is in here with exactly the methods it answers.
import type { z } from "zod";
import { GEGEVENS_SCHEMAS, SOORTEN } from "@/lib/register/validate";
import { DIENSTEN } from "../mandates";
import { osrAdresBody, osrEndpointBody } from "../osr";
import { DEFAULT_LIMIT, MAX_LIMIT } from "../paging";
import { API_VERSION } from "../version";
import { componentSchemas, requestSchema, type JsonSchema } from "./json-schema";
// Registers the response schemas (their `id`s) for components.schemas.
import { PUSH_BESCHRIJVING } from "./schemas";

type Method = "get" | "put" | "post" | "delete";
type Param = {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  description: string;
  schema: JsonSchema;
};

interface Operation {
  path: string;
  method: Method;
  tag: string;
  summary: string;
  description: string;
  /** Without a token (openapi.json, the token endpoint). */
  open?: boolean;
  query?: Param[];
  body?: { mediaType: string; schema: JsonSchema; description: string };
  responses: Record<
    string,
    { description: string; ref?: string; mediaType?: string; schema?: JsonSchema; headers?: Record<string, unknown> }
  >;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const PARAM_DOC: Record<string, string> = {
  brin: "BRIN-code van de instelling, zoals 25AA.",
  inschrijvingsvolgnummer: "Inschrijvingsvolgnummer (1–20 tekens).",
  bpvVolgnummer: "BPV-volgnummer (1–20 tekens).",
  resultaatvolgnummer: "Resultaatvolgnummer (1–20 tekens).",
  verzuimvolgnummer: "Verzuimvolgnummer (1–20 tekens).",
  id: "Id van de upload.",
  dienst: "De dienst.",
};
const pathParams = (path: string): Param[] =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name: name!,
    in: "path",
    required: true,
    description: PARAM_DOC[name!] ?? name!,
    schema:
      name === "dienst"
        ? { type: "string", enum: [...DIENSTEN] }
        : name === "id"
          ? { type: "string", format: "uuid" }
          : { type: "string" },
  }));

const paging: Param[] = [
  {
    name: "limit",
    in: "query",
    description: `Aantal items per pagina, 1–${MAX_LIMIT} (standaard ${DEFAULT_LIMIT}).`,
    schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  },
  {
    name: "cursor",
    in: "query",
    description: "De waarde van next uit het vorige antwoord.",
    schema: { type: "string" },
  },
];
// The change feeds' protocol (lib/api/register/feeds.ts), in the words a supplier reads.
const FEED_PROTOCOL =
  "Een feed in volgorde van vastleggen: een melding of bericht verschijnt pas als alles wat eerder begon is vastgelegd, zodat u nooit iets overslaat. " +
  "Zo leest u bij: vraag de eerste keer zonder cursor (of met since), volg next zolang die er is, en bewaar daarna de cursor van het laatste antwoord. " +
  "Vraag later verder met ?cursor=<die waarde>; een leeg antwoord geeft een cursor terug om het de volgende keer mee te proberen. Elk item heeft een vast id; " +
  "wie bij een fout opnieuw vraagt, kan items dubbel krijgen maar mist er geen.";
const feedPaging: Param[] = [
  paging[0]!,
  {
    name: "cursor",
    in: "query",
    description: "De waarde van next of cursor uit het vorige antwoord.",
    schema: { type: "string" },
  },
];
const since: Param = {
  name: "since",
  in: "query",
  description: "Alleen wat op of na dit tijdstip (RFC 3339) ontstond.",
  schema: { type: "string", format: "date-time" },
};

const problem = (description: string) => ({ description, ref: "Probleem", mediaType: "application/problem+json" });
const common = {
  "401": problem("Geen, een ongeldig of een verlopen access token, of de client is ingetrokken."),
  "403": problem("Geen geldig mandaat van deze instelling voor deze dienst (ook als de instelling niet bestaat)."),
  "429": {
    ...problem("Te veel verzoeken; wacht het aantal seconden van Retry-After."),
    headers: { "Retry-After": { description: "Seconden wachten.", schema: { type: "integer" } } },
  },
};
const bodyProblems = {
  "400": problem("Geen geldige JSON, te diep genest of een ongeldige parameter."),
  "413": problem("De body is groter dan 1 MB."),
  "415": problem("Geen Content-Type: application/json."),
};

// Optimistic concurrency on records (lib/api/register/etag.ts).
const etagHeader = {
  ETag: {
    description: "De versie van het record (zijn aangeleverde velden); geef hem mee in If-Match.",
    schema: { type: "string" },
  },
};
const ifMatch: Param = {
  name: "If-Match",
  in: "header",
  description: "Alleen uitvoeren als het record nog deze ETag heeft (of * : als het bestaat); anders 412.",
  schema: { type: "string", examples: ['"q0vVbF3kGQk2c5n8p1dXw7aT9sQ"'] },
};
const stale = problem(
  "If-Match klopt niet meer: het record is intussen gewijzigd (of bestaat niet). Er is niets verwerkt; lees het opnieuw.",
);

function melding(
  soort: (typeof SOORTEN)[number],
  path: string,
  tag: string,
  wat: string,
  dienst: string,
  extra = "",
): Operation[] {
  const schema = GEGEVENS_SCHEMAS[soort] as z.ZodType;
  return [
    {
      path,
      method: "put",
      tag,
      summary: `${wat} aanleveren`,
      description: `Levert de laatste volledige stand van ${wat.toLowerCase()} aan (dienst ${dienst}). De sleutel staat in het pad; een body met een andere sleutel wordt afgekeurd met F09. Het antwoord is de terugkoppeling: status, gewijzigd, signalen en bekostiging. Dezelfde PUT twee keer geeft dezelfde stand en gewijzigd: false.${extra}`,
      query: [ifMatch],
      body: {
        mediaType: "application/json",
        schema: requestSchema(schema),
        description: "De velden zoals de CSV-kolommen, in camelCase; null of weglaten betekent geen waarde.",
      },
      responses: {
        "200": { description: "Verwerkt: gewijzigd of ongewijzigd.", ref: "Terugkoppeling", headers: etagHeader },
        "201": { description: "Verwerkt: nieuw aangemaakt.", ref: "Terugkoppeling", headers: etagHeader },
        ...bodyProblems,
        ...common,
        "412": stale,
        "422": problem(
          "Afgekeurd: invalidParams noemt per veld de code (F01–F10, R01–R07) en de reden. De melding staat als afgekeurd in de terugkoppeling.",
        ),
      },
    },
    {
      path,
      method: "delete",
      tag,
      summary: `${wat} verwijderen`,
      description: `Verwijdert ${wat.toLowerCase()} die ten onrechte is aangeleverd (een verwijdering).`,
      query: [ifMatch],
      responses: {
        "200": { description: "Verwijderd; de terugkoppeling.", ref: "Terugkoppeling" },
        ...common,
        "412": stale,
        "404": problem("Er is niets om te verwijderen (R06)."),
        "422": problem("Afgekeurd, bijvoorbeeld R07: er verwijst nog een resultaat naar deze inschrijving."),
      },
    },
  ];
}

const lezen = (
  path: string,
  tag: string,
  summary: string,
  description: string,
  schemaRef: string,
  query: Param[] = [],
  record = false,
): Operation => ({
  path,
  method: "get",
  tag,
  summary,
  description,
  query,
  responses: {
    "200": { description: "Gevonden.", ref: schemaRef, ...(record ? { headers: etagHeader } : {}) },
    "400": problem("Een ongeldige parameter."),
    ...common,
    "404": problem("Bestaat niet bij deze instelling."),
  },
});

const I = "/instellingen/{brin}";
export const OPERATIONS: Operation[] = [
  {
    path: "/oauth/token",
    method: "post",
    tag: "Authenticatie",
    summary: "Access token aanvragen",
    description:
      "OAuth 2.0 client credentials (RFC 6749 §4.4): client_id en client_secret in de body of via HTTP Basic. Het token is 15 minuten geldig. Is de client aan een certificaat gebonden, dan moet het verzoek de vingerafdruk daarvan dragen in de header die de omgeving noemt (RFC 8705).",
    open: true,
    body: {
      mediaType: "application/x-www-form-urlencoded",
      description: "Het formulier.",
      schema: {
        type: "object",
        required: ["grant_type"],
        properties: {
          grant_type: { type: "string", const: "client_credentials", description: "Altijd client_credentials." },
          client_id: { type: "string", description: "De client_id (of via Basic)." },
          client_secret: { type: "string", description: "Het geheim (of via Basic)." },
        },
      },
    },
    responses: {
      "200": { description: "Het access token.", ref: "TokenAntwoord" },
      "400": problem(
        "Een onvolledig verzoek of een ander grant_type (error: invalid_request, unsupported_grant_type).",
      ),
      "401": problem(
        "Onbekende client, verkeerd geheim, ingetrokken client of verkeerd certificaat (error: invalid_client).",
      ),
      "415": problem("Geen formulier."),
      "429": common["429"],
    },
  },
  {
    path: "/openapi.json",
    method: "get",
    tag: "Documentatie",
    summary: "Dit document",
    description: "De OpenAPI-beschrijving van deze API, zonder authenticatie en met CORS voor iedereen.",
    open: true,
    responses: { "200": { description: "OpenAPI 3.1.", mediaType: "application/json", schema: { type: "object" } } },
  },
  {
    path: "/docs",
    method: "get",
    tag: "Documentatie",
    summary: "Leesbare naslag",
    description: "De beschrijving van deze API als webpagina, voor mensen.",
    open: true,
    responses: { "200": { description: "HTML.", mediaType: "text/html", schema: { type: "string" } } },
  },
  lezen(
    "/mandaten",
    "OSR",
    "Mandaten lezen",
    "De mandaten die scholen uw organisatie gaven: instelling, dienst, begin- en einddatum en of het vandaag geldt (ook beëindigde), per pagina.",
    "MandatenPagina",
    paging,
  ),
  lezen(
    `${I}/inschrijvingen`,
    "Inschrijvingen",
    "Inschrijvingen lezen",
    "Alle inschrijvingen van de instelling, op inschrijvingsvolgnummer, per pagina (dienst DUO_MBO of ROD_PO).",
    "InschrijvingenPagina",
    paging,
  ),
  ...melding(
    "mbo-inschrijvingen",
    `${I}/inschrijvingen/{inschrijvingsvolgnummer}`,
    "Inschrijvingen",
    "Een inschrijving",
    "DUO_MBO (mbo) of ROD_PO (po)",
    " Bij een po-instelling geldt het po-formaat: perioden met periodeBegindatum, vestigingscode en groep, zonder datumUitschrijvingGepland en redenUitschrijving.",
  ),
  lezen(
    `${I}/inschrijvingen/{inschrijvingsvolgnummer}`,
    "Inschrijvingen",
    "Een inschrijving lezen",
    "De velden van de PUT-body plus BPV, resultaten, signalen en bekostiging.",
    "Inschrijving",
    [],
    true,
  ),
  lezen(
    `${I}/inschrijvingen/{inschrijvingsvolgnummer}/bpv`,
    "BPV",
    "BPV van een inschrijving",
    "Alle BPV van een mbo-inschrijving, op bpvVolgnummer, per pagina (dienst DUO_MBO).",
    "BpvPagina",
    paging,
  ),
  ...melding(
    "mbo-bpv",
    `${I}/inschrijvingen/{inschrijvingsvolgnummer}/bpv/{bpvVolgnummer}`,
    "BPV",
    "Een BPV",
    "DUO_MBO",
  ),
  lezen(
    `${I}/inschrijvingen/{inschrijvingsvolgnummer}/bpv/{bpvVolgnummer}`,
    "BPV",
    "Een BPV lezen",
    "De velden van de PUT-body plus de signalen van de BPV.",
    "Bpv",
    [],
    true,
  ),
  ...melding("mbo-resultaten", `${I}/resultaten/{resultaatvolgnummer}`, "Resultaten", "Een resultaat", "DUO_MBO"),
  lezen(
    `${I}/resultaten`,
    "Resultaten",
    "Resultaten lezen",
    "Alle resultaten van de instelling, op resultaatvolgnummer, per pagina (dienst DUO_MBO).",
    "ResultatenPagina",
    paging,
  ),
  lezen(
    `${I}/resultaten/{resultaatvolgnummer}`,
    "Resultaten",
    "Een resultaat lezen",
    "Het resultaat met zijn bekostiging per kalenderjaar.",
    "Resultaat",
    [],
    true,
  ),
  ...melding("po-verzuim", `${I}/verzuimmeldingen/{verzuimvolgnummer}`, "Verzuim", "Een verzuimmelding", "VERZUIM"),
  lezen(
    `${I}/verzuimmeldingen`,
    "Verzuim",
    "Verzuimmeldingen lezen",
    "Alle verzuimmeldingen van de instelling, op verzuimvolgnummer, per pagina (dienst VERZUIM).",
    "VerzuimmeldingenPagina",
    paging,
  ),
  lezen(
    `${I}/verzuimmeldingen/{verzuimvolgnummer}`,
    "Verzuim",
    "Een verzuimmelding lezen",
    "De verzuimmelding met de behandelstatus van DUO.",
    "Verzuimmelding",
    [],
    true,
  ),
  lezen(
    `${I}/bekostiging`,
    "Bekostiging",
    "Bekostiging per teldatum",
    "Alle beoordelingen van de inschrijvingen van de instelling op één teldatum (elke dienst van de instelling).",
    "BekostigingPagina",
    [
      {
        name: "teldatum",
        in: "query",
        required: true,
        description: "De teldatum (JJJJ-MM-DD).",
        schema: { type: "string", format: "date" },
      },
      ...paging,
    ],
  ),
  lezen(
    `${I}/meldingen`,
    "Terugkoppeling",
    "Terugkoppeling lezen",
    `Elke verwerkte of afgekeurde melding van de instelling (alle bronnen) met status en codes (elke dienst van de instelling). ${FEED_PROTOCOL}`,
    "MeldingenPagina",
    [since, ...feedPaging],
  ),
  lezen(
    `${I}/berichten`,
    "Berichten",
    "Berichten lezen",
    `Het postvak van de instelling: kennisgevingen, gewijzigde bekostiging en vastgestelde teldata (elke dienst van de instelling). ${FEED_PROTOCOL}`,
    "BerichtenPagina",
    [since, ...feedPaging],
  ),
  {
    path: `${I}/uploads`,
    method: "post",
    tag: "Uploads",
    summary: "Bestand aanleveren",
    description:
      "Een CSV-bestand als body, in de formaten van het uploadscherm. Elke rij moet de BRIN-code van het pad hebben (anders R01). Het bestand wordt op de achtergrond verwerkt; volg de voortgang via Location. Hetzelfde bestand opnieuw is een nieuwe upload.",
    query: [
      {
        name: "soort",
        in: "query",
        required: true,
        description: "Het soort bestand; de dienst volgt eruit.",
        schema: { type: "string", enum: [...SOORTEN] },
      },
      {
        name: "Idempotency-Key",
        in: "header",
        description:
          "Een sleutel van uw keuze (bijvoorbeeld een UUID), 1–255 tekens. Dezelfde sleutel binnen 24 uur geeft de eerste upload terug (met Idempotent-Replayed: true) in plaats van een nieuwe.",
        schema: { type: "string", examples: ["5f1d7c1e-2b8a-4c8e-9a0f-6b2d3e4f5a60"] },
      },
    ],
    body: {
      mediaType: "text/csv",
      description: "Het bestand (UTF-8 of Windows-1252, ; of , als scheidingsteken).",
      schema: { type: "string" },
    },
    responses: {
      "202": {
        description: "Aangenomen; Location wijst naar de upload.",
        ref: "UploadAangenomen",
        headers: { Location: { description: "De URL van de upload.", schema: { type: "string" } } },
      },
      "400": problem("Geen of een onbekend soort, een leeg bestand of een ongeldige Idempotency-Key."),
      "422": problem(
        "Deze Idempotency-Key is binnen 24 uur al gebruikt voor een andere instelling of een ander soort.",
      ),
      ...common,
      "413": problem("Groter dan 200 MB."),
      "415": problem("Geen Content-Type: text/csv."),
    },
  },
  lezen(
    `${I}/uploads`,
    "Uploads",
    "Uploads lezen",
    "De uploads van de instelling van de soorten waarvoor u een mandaat heeft, nieuwste eerst, per pagina.",
    "UploadsPagina",
    paging,
  ),
  lezen(
    `${I}/uploads/{id}`,
    "Uploads",
    "Status van een upload",
    "Status, voortgang (0–100) en aantallen. KLAAR: elke melding is verwerkt, wat de uitkomst ook was; MISLUKT: het bestand is als geheel geweigerd of de verwerking is afgebroken.",
    "Upload",
  ),
  {
    ...lezen(
      `${I}/uploads/{id}/fouten`,
      "Uploads",
      "Foutenrapport",
      "De afkeuringen per rij (nooit signalen), in bestandsvolgorde; met Accept: text/csv het hele rapport als CSV.",
      "FoutenPagina",
      paging,
    ),
  },
  {
    path: `/osr${I}/adres`,
    method: "put",
    tag: "OSR",
    summary: "Adres aanleveren",
    description:
      "Bezoek- en postadres, website, telefoonnummer en e-mail van de instelling, of van een vestiging als vestigingscode is gegeven (elke dienst van de instelling).",
    body: { mediaType: "application/json", schema: requestSchema(osrAdresBody), description: "Het adres." },
    responses: {
      "200": { description: "Opgeslagen (of ongewijzigd).", ref: "OsrAdres" },
      "201": { description: "Nieuw opgeslagen.", ref: "OsrAdres" },
      ...bodyProblems,
      ...common,
      "422": problem("Afgekeurd; invalidParams noemt de velden."),
    },
  },
  lezen(`/osr${I}/adres`, "OSR", "Adres lezen", "Wat is opgeslagen, door welke leverancier en wanneer.", "OsrAdres", [
    {
      name: "vestigingscode",
      in: "query",
      description: "De vestiging; weglaten voor de instelling als geheel.",
      schema: { type: "string" },
    },
  ]),
  {
    path: `/osr${I}/endpoints/{dienst}`,
    method: "put",
    tag: "OSR",
    summary: "Endpoint aanleveren",
    description: `Het technische aanleveradres van uw organisatie voor deze dienst bij deze instelling; alleen voor een dienst waarvoor u een mandaat heeft. ${PUSH_BESCHRIJVING}`,
    body: { mediaType: "application/json", schema: requestSchema(osrEndpointBody), description: "Het endpoint." },
    responses: {
      "200": { description: "Opgeslagen (of ongewijzigd).", ref: "OsrEndpointAntwoord" },
      "201": {
        description: "Nieuw opgeslagen; bij het eerste endpoint van uw organisatie met de ondertekeningssleutel.",
        ref: "OsrEndpointAntwoord",
      },
      ...bodyProblems,
      ...common,
      "404": problem("Onbekende dienst."),
      "422": problem("Afgekeurd; invalidParams noemt de velden (ook een url die naar een niet-publiek adres wijst)."),
    },
  },
  lezen(
    `/osr${I}/endpoints/{dienst}`,
    "OSR",
    "Endpoint lezen",
    "Het endpoint van uw organisatie voor deze dienst, met wie het aanleverde en wanneer.",
    "OsrEndpoint",
  ),
  {
    path: `/osr${I}/endpoints/{dienst}`,
    method: "delete",
    tag: "OSR",
    summary: "Endpoint verwijderen",
    description: "Verwijdert het endpoint van uw organisatie voor deze dienst.",
    responses: { "204": { description: "Verwijderd." }, ...common, "404": problem("Er is geen endpoint.") },
  },
  lezen(
    `/osr${I}/endpoints/{dienst}/leveringen`,
    "OSR",
    "Leveringslog",
    "Elke levering van een bericht (of PING) aan uw endpoint voor deze dienst, nieuwste eerst: status, aantal pogingen, laatste HTTP-status en duur, en wanneer het opnieuw geprobeerd wordt. Een levering die 24 uur mislukt, wordt MISLUKT; latere wachten tot de school of DUO hem opnieuw verstuurt.",
    "LeveringenPagina",
    paging,
  ),
  lezen(
    "/ondertekeningssleutel",
    "OSR",
    "Ondertekeningssleutel",
    "Wanneer de ondertekeningssleutel van uw organisatie is gemaakt (de sleutel zelf wordt alleen bij het maken getoond).",
    "OndertekeningssleutelStatus",
  ),
  {
    path: "/ondertekeningssleutel",
    method: "post",
    tag: "OSR",
    summary: "Ondertekeningssleutel vervangen",
    description: `Maakt een nieuwe ondertekeningssleutel voor de berichten die DUO naar uw endpoints stuurt en toont hem eenmalig. De vorige ondertekent nog 24 uur mee (twee handtekeningen in webhook-signature), zodat u zonder verlies kunt overstappen. ${PUSH_BESCHRIJVING}`,
    responses: { "201": { description: "De nieuwe sleutel.", ref: "Ondertekeningssleutel" }, ...common },
  },
];

const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
};

function responseObject(r: Operation["responses"][string], open = false) {
  const content = r.ref
    ? { [r.mediaType ?? "application/json"]: { schema: ref(r.ref) } }
    : r.schema
      ? { [r.mediaType ?? "application/json"]: { schema: r.schema } }
      : undefined;
  return {
    description: r.description,
    headers: {
      "API-Version": { $ref: "#/components/headers/API-Version" },
      ...(open ? {} : RATE_LIMIT_HEADERS),
      ...r.headers,
    },
    ...(content ? { content } : {}),
  };
}

const slug = (op: Operation) =>
  `${op.method}${op.path.replace(/\{(\w+)\}/g, "$1").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? "").toUpperCase())}`;

let cached: JsonSchema | undefined;

export function openApiDocument(): JsonSchema {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const parameters = [...pathParams(op.path), ...(op.query ?? [])];
    (paths[op.path] ??= {})[op.method] = {
      tags: [op.tag],
      summary: op.summary,
      description: op.description,
      operationId: slug(op),
      ...(op.open ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              description: op.body.description,
              content: { [op.body.mediaType]: { schema: op.body.schema } },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, r]) => [status, responseObject(r, op.open)]),
      ),
    };
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "BRON-portaal API voor leveranciers",
      version: API_VERSION,
      description:
        "Machine-to-machine-API waarmee leveranciers van leerlingadministratiesystemen (LAS/SIS) namens scholen aanleveren bij DUO: inschrijvingen, BPV, resultaten, verzuim en uploads, met directe terugkoppeling en bekostiging. Volgt de API Design Rules van de Nederlandse overheid. Eén client per leverancier; per school en dienst een mandaat in het Onderwijsserviceregister.",
      contact: { name: "DUO", url: "https://duo.example" },
    },
    servers: [{ url: "/api/v1", description: "Deze omgeving" }],
    tags: [
      "Authenticatie",
      "Inschrijvingen",
      "BPV",
      "Resultaten",
      "Verzuim",
      "Bekostiging",
      "Terugkoppeling",
      "Berichten",
      "Uploads",
      "OSR",
      "Documentatie",
    ].map((name) => ({ name })),
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "Een access token van POST /oauth/token.",
        },
      },
      headers: {
        "API-Version": {
          description: "De volledige versie van de API.",
          schema: { type: "string", example: API_VERSION },
        },
        "RateLimit-Limit": {
          description: "Het aantal verzoeken per seconde dat uw client mag doen.",
          schema: { type: "integer", example: 50 },
        },
        "RateLimit-Remaining": {
          description: "Hoeveel verzoeken u op dit moment nog direct mag doen.",
          schema: { type: "integer", example: 49 },
        },
        "RateLimit-Reset": {
          description: "Over hoeveel seconden u weer het volle aantal verzoeken mag doen.",
          schema: { type: "integer", example: 1 },
        },
      },
      schemas: componentSchemas(),
    },
  };
  return cached;
}
