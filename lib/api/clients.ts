// Who is calling: API clients by their credentials (the token endpoint) and by their bearer token
// (every other endpoint). A bearer's client row (with the path's school and mandates) is read per
// request, or taken from the process's cache that the database empties at the commit of any change
// to clients, suppliers, mandates or schools (lib/db/notified-cache.ts): a revoked client or a
// changed certificate binding bites at once, whatever tokens are still out there.
import type { PrismaClient } from "@/generated/prisma/client";
import { verifySecret } from "@/lib/auth/password";
import { forgetNotified } from "@/lib/db";
import type { NotifiedCache } from "@/lib/db/notified-cache";
import { sqlOf } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { todayIso } from "@/lib/shared/dates";
import { BRIN, schoolMandatenSql, type SchoolMandaten } from "./mandates";
import { normalizeThumbprint, verifyToken, type TokenClaims } from "./token";

export interface ApiCaller {
  /** ApiClient.id */
  apiClientId: string;
  /** The public client_id: the actor in meldingen and the audit log. */
  clientId: string;
  leverancierId: string;
  leverancierNaam: string;
  /** Requests per second of this client; null: the deployment's default. */
  rateLimit: number | null;
  /**
   * The school the request's path names and this supplier's mandates there today, read in the same
   * statement as the client (one round trip per request instead of two); `school` null: no such school.
   */
  gelezen?: { brin: string; school: SchoolMandaten | null };
}

export type CallerCheck = { ok: true; caller: ApiCaller; thumbprint: string | null } | { ok: false; detail: string };

/** The thumbprint the TLS-terminating proxy passed, when the deployment names its header. */
export function presentedThumbprint(headers: Headers): string | null {
  return env.API_CERT_HEADER ? normalizeThumbprint(headers.get(env.API_CERT_HEADER)) : null;
}

/** The channel the triggers of migration `api_toegang_notify` notify. */
export const API_TOEGANG_KANAAL = "api_toegang";

/**
 * Called after a commit that revoked a client or granted or ended a mandate: this process forgets
 * what it remembered at once; other processes forget when the database's notification arrives
 * (milliseconds; at most a second when notifications are lost).
 */
export function apiToegangGewijzigd(): void {
  forgetNotified(API_TOEGANG_KANAAL);
}

export type ClientRow = {
  school: SchoolMandaten | null;
  id: string;
  clientId: string;
  leverancierId: string;
  leverancierNaam: string;
  secretHash: string;
  certThumbprint: string | null;
  rateLimit: number | null;
  ingetrokkenOp: Date | null;
};

/**
 * One raw read on every API request: the client's row is what makes a revocation bite at once. With
 * `brin`, the same statement reads that school and the supplier's mandates there (mandates.ts).
 */
async function loadClient(
  db: PrismaClient,
  where: { id: string } | { clientId: string },
  brin: string | null = null,
): Promise<ClientRow | null> {
  const [row] = await sqlOf(db).query<ClientRow>(
    `SELECT c.id, c."clientId", c."leverancierId", l.naam AS "leverancierNaam", c."secretHash", c."certThumbprint", c."rateLimit", c."ingetrokkenOp",
            (SELECT to_jsonb(s) FROM (${schoolMandatenSql("$2", `c."leverancierId"`, "$3")}) s) AS school
     FROM "ApiClient" c JOIN "Leverancier" l ON l.id = c."leverancierId" WHERE ${"id" in where ? "c.id" : `c."clientId"`} = $1`,
    ["id" in where ? where.id : where.clientId, brin, todayIso()],
  );
  return row ?? null;
}

function bindingHolds(stored: string | null, presented: string | null): boolean {
  return !stored || normalizeThumbprint(stored) === presented;
}

const toCaller = (c: ClientRow, brin: string | null = null): ApiCaller => ({
  apiClientId: c.id,
  clientId: c.clientId,
  leverancierId: c.leverancierId,
  leverancierNaam: c.leverancierNaam,
  rateLimit: c.rateLimit,
  ...(brin ? { gelezen: { brin, school: c.school } } : {}),
});

const WRONG_CREDENTIALS = "De client_id of het client_secret klopt niet, of de client is ingetrokken.";

/**
 * client_credentials: the same answer for every kind of wrong. An unknown or revoked client_id is
 * refused without a hash (client ids are not secret; a hash per guess was the CPU to burn); the
 * global limit is taken right before the one hash of a known client (`beforeHash`).
 */
export async function authenticateCredentials(
  db: PrismaClient,
  clientId: string,
  secret: string,
  headers: Headers,
  beforeHash: () => Promise<boolean> = async () => true,
): Promise<CallerCheck | { ok: false; limited: true }> {
  const client = clientId.length <= 200 ? await loadClient(db, { clientId }) : null;
  if (!client || client.ingetrokkenOp) return { ok: false, detail: WRONG_CREDENTIALS };
  if (!(await beforeHash())) return { ok: false, limited: true };
  const secretOk = await verifySecret(secret, client.secretHash);
  if (!secretOk) return { ok: false, detail: WRONG_CREDENTIALS };
  const thumbprint = presentedThumbprint(headers);
  if (!bindingHolds(client.certThumbprint, thumbprint)) {
    return {
      ok: false,
      detail: "Deze client is gebonden aan een certificaat; het aangeboden certificaat ontbreekt of hoort er niet bij.",
    };
  }
  return { ok: true, caller: toCaller(client), thumbprint: client.certThumbprint ? thumbprint : null };
}

/** The signed claims of `Authorization: Bearer <jwt>`, without touching the database. */
export function readBearer(headers: Headers): { ok: true; claims: TokenClaims } | { ok: false; detail: string } {
  const match = /^Bearer ([A-Za-z0-9_.-]{1,4096})$/i.exec(headers.get("authorization") ?? "");
  if (!match)
    return {
      ok: false,
      detail: "Er ontbreekt een access token (Authorization: Bearer …). Vraag er een aan bij /api/v1/oauth/token.",
    };
  const check = verifyToken(match[1]!);
  if (!check.ok) {
    return {
      ok: false,
      detail:
        check.reason === "verlopen"
          ? "Het access token is verlopen; vraag een nieuw aan."
          : "Het access token is ongeldig.",
    };
  }
  return check;
}

/**
 * The client behind valid claims, when it is still active and presents the certificate it is bound
 * to; with the school the request's path names (`brin`), read in the same statement, or remembered
 * by `cache` (the app's: `notifiedCache(API_TOEGANG_KANAAL)`).
 */
export async function callerFor(
  db: PrismaClient,
  claims: TokenClaims,
  headers: Headers,
  brin: string | null = null,
  cache: NotifiedCache<ClientRow> | null = null,
): Promise<CallerCheck> {
  const schoolBrin = brin !== null && BRIN.test(brin) ? brin : null;
  const load = () => loadClient(db, { id: claims.sub }, schoolBrin);
  // Mandates are valid per Dutch day, so the day is part of what is remembered.
  const client = cache
    ? await cache.read(`${claims.sub}\u0000${schoolBrin ?? ""}\u0000${todayIso()}`, load)
    : await load();
  if (!client || client.ingetrokkenOp) return { ok: false, detail: "De client van dit access token is ingetrokken." };
  const thumbprint = presentedThumbprint(headers);
  // RFC 8705: a bound token works only with the certificate it was issued for.
  const boundTo = claims.cnf?.["x5t#S256"] ?? null;
  if (!bindingHolds(client.certThumbprint, thumbprint) || (boundTo !== null && boundTo !== thumbprint)) {
    return { ok: false, detail: "Het access token hoort bij een ander certificaat dan het aangeboden certificaat." };
  }
  return { ok: true, caller: toCaller(client, schoolBrin), thumbprint };
}

/** `Authorization: Bearer <jwt>`: a valid, unexpired token of a client that is still active. */
export async function authenticateBearer(db: PrismaClient, headers: Headers): Promise<CallerCheck> {
  const bearer = readBearer(headers);
  return bearer.ok ? callerFor(db, bearer.claims, headers) : bearer;
}
