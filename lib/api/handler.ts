// The one wrapper every route of the supplier API goes through: method dispatch with 405 + Allow,
// a trailing slash as 404, bearer authentication (401), the rate limit per client (429), and any
// unexpected error as a generic problem+json 500 with a reference — never a raw message or stack.
import type { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { applyHsts } from "@/lib/server/hsts";
import { requestIdOf } from "@/lib/server/request-id";
import { callerFor, readBearer, type ApiCaller } from "./clients";
import { problem } from "./problem";
import { apiRateLimiter } from "./rate-limit";
import { API_VERSION } from "./version";

export const METHODS = ["GET", "PUT", "POST", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
const EXPORTED = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
type Exported = (typeof EXPORTED)[number];

type RouteContext<P> = { params: Promise<P> };
export type RouteHandler<P> = (request: NextRequest, context: RouteContext<P>) => Promise<Response>;

export interface CallContext<P> {
  request: NextRequest;
  params: P;
  requestId: string;
  /** Headers every answer of this request carries, whatever the operation returns (RateLimit-*). */
  responseHeaders: Headers;
}
export interface ClientCallContext<P> extends CallContext<P> {
  caller: ApiCaller;
}

type Operations<C> = Partial<Record<Method, (ctx: C) => Promise<Response>>>;

/** The methods a resource answers, for Allow (HEAD comes with GET, OPTIONS always). */
export function allowOf(methods: readonly Method[]): string {
  const allow = new Set<string>([...methods, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  return [...allow].sort().join(", ");
}

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Content-Type",
} as const;

const apiLog = log.child({ source: "api" });

function logError(requestId: string, request: NextRequest, error: unknown): void {
  // The logger masks PGNs in the path, the message and the stack.
  apiLog.error({ requestId, method: request.method, path: new URL(request.url).pathname, err: error }, "Onverwachte fout in de API");
}

function build<P, C extends CallContext<P>>(
  operations: Operations<C>,
  prepare: (base: CallContext<P>) => Promise<C | Response>,
  options: { cors?: boolean } = {},
): Record<Exported, RouteHandler<P>> {
  const methods = METHODS.filter((m) => operations[m]);
  const allow = allowOf(methods);
  const extraHeaders: Record<string, string> = options.cors ? { ...CORS_HEADERS } : {};

  const handle = (method: Exported): RouteHandler<P> => async (request, context) => {
    const requestId = requestIdOf(request.headers);
    const responseHeaders = new Headers();
    const finish = (response: Response): Response => {
      responseHeaders.forEach((value, key) => response.headers.set(key, value));
      response.headers.set("X-Request-Id", requestId);
      response.headers.set("API-Version", API_VERSION);
      applyHsts(response.headers);
      for (const [k, v] of Object.entries(extraHeaders)) response.headers.set(k, v);
      return response;
    };
    try {
      // api.md: a trailing slash is a 404, not a redirect (proxy.ts sends such requests here).
      const { pathname } = new URL(request.url);
      if (pathname.length > 1 && pathname.endsWith("/")) {
        return finish(problem(404, "Deze URL bestaat niet: laat de slash aan het eind weg.", { instance: pathname }));
      }
      if (method === "OPTIONS") return finish(new Response(null, { status: 204, headers: { Allow: allow } }));
      const operation = operations[method === "HEAD" ? "GET" : (method as Method)];
      if (!operation) {
        return finish(problem(405, `${method} kan hier niet; deze resource kent ${allow}.`, { headers: { Allow: allow }, instance: pathname }));
      }
      const prepared = await prepare({ request, params: await context.params, requestId, responseHeaders });
      if (prepared instanceof Response) return finish(prepared);
      const response = await operation(prepared);
      if (method === "HEAD") return finish(new Response(null, { status: response.status, headers: response.headers }));
      return finish(response);
    } catch (error) {
      logError(requestId, request, error);
      return finish(problem(500, `Er ging iets mis bij het verwerken van dit verzoek. Vermeld referentie ${requestId} als u contact opneemt.`));
    }
  };
  return Object.fromEntries(EXPORTED.map((m) => [m, handle(m)])) as Record<Exported, RouteHandler<P>>;
}

/** Routes open to anyone: the OpenAPI document, the reference page and the token endpoint. */
export function publicRoute<P = Record<string, never>>(operations: Operations<CallContext<P>>, options: { cors?: boolean } = {}) {
  return build<P, CallContext<P>>(operations, async (base) => base, options);
}

const unauthorized = (detail: string) =>
  problem(401, detail, { headers: { "WWW-Authenticate": 'Bearer realm="bron-api", error="invalid_token"' } });

/** Routes for API clients: a valid token of a client that is not revoked, within its rate limit. */
export function clientRoute<P>(operations: Operations<ClientCallContext<P>>) {
  return build<P, ClientCallContext<P>>(operations, async (base) => {
    const bearer = readBearer(base.request.headers);
    if (!bearer.ok) return unauthorized(bearer.detail);
    // Counted on the signed claims, before any database work: a flood costs the server next to nothing.
    const limiter = apiRateLimiter();
    const now = Date.now();
    const rate = limiter.take(bearer.claims.sub, now, bearer.claims.rl);
    // On every answer to a client, refusals included, so it can pace itself before a 429.
    const figures = limiter.peek(bearer.claims.sub, now, bearer.claims.rl);
    base.responseHeaders.set("RateLimit-Limit", String(figures.limit));
    base.responseHeaders.set("RateLimit-Remaining", String(figures.remaining));
    base.responseHeaders.set("RateLimit-Reset", String(figures.resetSeconds));
    if (!rate.ok) {
      return problem(429, "Te veel verzoeken van deze client; probeer het over een moment opnieuw.", { headers: { "Retry-After": String(rate.retryAfterSeconds) } });
    }
    // A school's routes name it in the path: its mandates are read with the client, in one statement.
    const brin = (base.params as { brin?: unknown } | undefined)?.brin;
    const check = await callerFor(db, bearer.claims, base.request.headers, typeof brin === "string" ? brin : null);
    if (!check.ok) return unauthorized(check.detail);
    return { ...base, caller: check.caller };
  });
}
