// PUT and DELETE of register records: the body through the same validation as an upload
// (valideerApiBody), then the one pipeline (verwerkMelding) with the client as sender. Nothing here
// writes a register table; an afkeuring is still recorded as a melding by the pipeline.
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sleutelTekst, verwerkMelding, type Inkomend } from "@/lib/register/pipeline/process";
import { todayIso } from "@/lib/shared/dates";
import type { Afzender, Terugkoppeling } from "@/lib/register/pipeline/types";
import { DIENST_VAN_SOORT } from "@/lib/register/uploads/rights";
import { toSnake, valideerApiBody, valideerVerwijdering, type Bevinding, type Soort } from "@/lib/register/validate";
import { readJsonBody } from "../body";
import type { ApiCaller } from "../clients";
import type { MandatedSchool } from "../mandates";
import type { InvalidParam } from "@/lib/shared/problem";
import { problem } from "../problem";
import { recordEtag } from "./etag";
import { ifMatchFaalt } from "@/lib/register/pipeline/versie";
import { fromAfkeuringen, fromBevindingen, terugkoppelingResponse } from "./terugkoppeling";

/** The client as sender, with the mandates this request was let in with (requireMandate read them). */
function afzender(caller: ApiCaller, school: MandatedSchool): Afzender {
  return {
    bron: "API",
    actorType: "API_CLIENT",
    actor: caller.clientId,
    // R01 beyond the 403 already given: the pipeline still checks sector and service itself.
    mayDeliver: (brin, soort) => brin === school.brin && school.diensten.has(DIENST_VAN_SOORT[soort]),
  };
}

/** A rejected melding as the pipeline records it: the CSV column of each finding's field, and the fields that passed. */
function afgekeurd(
  soort: Soort,
  sleutel: Record<string, string>,
  verwijdering: boolean,
  bevindingen: Bevinding[],
  deel: Record<string, unknown>,
): Inkomend {
  const kolom = (pad: (string | number)[]) => {
    const veld = [...pad].reverse().find((p): p is string => typeof p === "string");
    return veld ? toSnake(veld) : "body";
  };
  return {
    ok: false,
    soort,
    brin: sleutel.brin!,
    sleutel: sleutelTekst(soort, sleutel).slice(0, 100),
    verwijdering,
    afkeuringen: bevindingen.map((b) => ({ code: b.code, kolom: kolom(b.pad), melding: b.melding })),
    deel,
  };
}

/** Every code (rules.md): the field checks' findings with their pointers, then the register's. */
function alleParams(
  t: Terugkoppeling,
  uitkomst: { ok: true } | { ok: false; bevindingen: Bevinding[] },
  body: Record<string, unknown> | null,
): InvalidParam[] {
  if (uitkomst.ok) return fromAfkeuringen(t, body);
  return [
    ...fromBevindingen(uitkomst.bevindingen),
    ...fromAfkeuringen({ ...t, afkeuringen: t.afkeuringen.slice(uitkomst.bevindingen.length) }, body),
  ];
}

const STALE = "Het record is gewijzigd sinds u het las (If-Match klopt niet meer); lees het opnieuw en lever dan aan.";

/** If-Match that no longer holds: 412 with the current ETag, and nothing processed (no melding recorded either). */
function preconditionFailed(request: Request, current: string | null): Response {
  return problem(412, STALE, {
    instance: new URL(request.url).pathname,
    headers: current ? { ETag: current } : undefined,
  });
}

/**
 * A stale If-Match refused before the body is read, so it wins over the body's own afkeuringen. The
 * pipeline checks it again in the melding's own transaction, under the locks that order it against
 * other writers of the record: this early read alone would let two PUTs with the same If-Match both
 * pass and the second overwrite the first.
 */
async function staleBeforehand(
  client: PrismaClient,
  request: Request,
  soort: Soort,
  sleutel: Record<string, string>,
): Promise<Response | null> {
  const ifMatch = request.headers.get("if-match");
  if (ifMatch === null) return null;
  const current = await recordEtag(soort, sleutel, client);
  return ifMatchFaalt(ifMatch, current) ? preconditionFailed(request, current) : null;
}

/** The pipeline's own answer to a conditional melding, or the terugkoppeling. */
async function verwerk(
  client: PrismaClient,
  request: Request,
  sender: Afzender,
  inkomend: Inkomend,
): Promise<{ t: Terugkoppeling; stale: Response | null }> {
  const ifMatch = request.headers.get("if-match") ?? undefined;
  const t = await verwerkMelding(client, sender, inkomend, { ifMatch });
  return { t, stale: t.voorwaardeGefaald ? preconditionFailed(request, t.versie ?? null) : null };
}

/** On a successful answer, the ETag of the record as the melding's transaction committed it. */
function metEtag(response: Response, t: Terugkoppeling): Response {
  if (response.status < 300 && t.versie) response.headers.set("ETag", t.versie);
  return response;
}

export async function putMelding(
  request: Request,
  caller: ApiCaller,
  school: MandatedSchool,
  soort: Soort,
  sleutel: Record<string, string>,
  client: PrismaClient = db,
): Promise<Response> {
  const early = await staleBeforehand(client, request, soort, sleutel);
  if (early) return early;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const instance = new URL(request.url).pathname;
  const today = todayIso();
  const uitkomst = valideerApiBody(soort, sleutel, body.value, { vandaag: today });
  const sender = afzender(caller, school);
  const inkomend: Inkomend = uitkomst.ok
    ? { ok: true, melding: uitkomst.melding }
    : afgekeurd(soort, sleutel, false, uitkomst.bevindingen, uitkomst.deel);
  const { t, stale } = await verwerk(client, request, sender, inkomend);
  if (stale) return stale;
  const value =
    body.value && typeof body.value === "object" && !Array.isArray(body.value)
      ? (body.value as Record<string, unknown>)
      : null;
  return metEtag(
    terugkoppelingResponse(t, instance, () => alleParams(t, uitkomst, value)),
    t,
  );
}

export async function deleteMelding(
  request: Request,
  caller: ApiCaller,
  school: MandatedSchool,
  soort: Soort,
  sleutel: Record<string, string>,
  client: PrismaClient = db,
): Promise<Response> {
  const early = await staleBeforehand(client, request, soort, sleutel);
  if (early) return early;
  const instance = new URL(request.url).pathname;
  const uitkomst = valideerVerwijdering(soort, sleutel);
  const sender = afzender(caller, school);
  const inkomend: Inkomend = uitkomst.ok
    ? { ok: true, melding: uitkomst.melding }
    : afgekeurd(soort, sleutel, true, uitkomst.bevindingen, uitkomst.deel);
  const { t, stale } = await verwerk(client, request, sender, inkomend);
  if (stale) return stale;
  return terugkoppelingResponse(t, instance, () => alleParams(t, uitkomst, null));
}
