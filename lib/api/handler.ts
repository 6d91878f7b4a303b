// The one wrapper every route of the supplier API goes through: method dispatch with 405 + Allow,
// a trailing slash as 404, bearer authentication (401), the rate limit per client (429), and per
// operation (`operation`) its path parameters, the query that decides the service, the mandate
// (403), and the JSON body (422), handing the handler parsed values. A thrown ApiProblem is answered
// as problem+json; any unexpected error as a generic 500 with a reference — never a raw message or stack.
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { db, notifiedCache } from "@/lib/db";
import { log } from "@/lib/log";
import { applyHsts } from "@/lib/server/hsts";
import { requestIdOf } from "@/lib/server/request-id";
import { readJsonBody } from "./body";
import { API_TOEGANG_KANAAL, callerFor, readBearer, type ApiCaller, type ClientRow } from "./clients";
import { requireMandate, type MandatedSchool, type Need } from "./mandates";
import { issuesToParams } from "./osr";
import { ApiProblem, problem } from "./problem";
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
  apiLog.error(
    { requestId, method: request.method, path: new URL(request.url).pathname, err: error },
    "Onverwachte fout in de API",
  );
}

function build<P, C extends CallContext<P>>(
  operations: Operations<C>,
  prepare: (base: CallContext<P>) => Promise<C | Response>,
  options: { cors?: boolean } = {},
): Record<Exported, RouteHandler<P>> {
  const methods = METHODS.filter((m) => operations[m]);
  const allow = allowOf(methods);
  const extraHeaders: Record<string, string> = options.cors ? { ...CORS_HEADERS } : {};

  const handle =
    (method: Exported): RouteHandler<P> =>
    async (request, context) => {
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
          return finish(
            problem(405, `${method} kan hier niet; deze resource kent ${allow}.`, {
              headers: { Allow: allow },
              instance: pathname,
            }),
          );
        }
        const prepared = await prepare({ request, params: await context.params, requestId, responseHeaders });
        if (prepared instanceof Response) return finish(prepared);
        let response: Response;
        try {
          response = await operation(prepared);
        } catch (error) {
          if (!(error instanceof ApiProblem)) throw error;
          response = error.toResponse();
        }
        if (method === "HEAD")
          return finish(new Response(null, { status: response.status, headers: response.headers }));
        return finish(response);
      } catch (error) {
        logError(requestId, request, error);
        return finish(
          problem(
            500,
            `Er ging iets mis bij het verwerken van dit verzoek. Vermeld referentie ${requestId} als u contact opneemt.`,
          ),
        );
      }
    };
  return Object.fromEntries(EXPORTED.map((m) => [m, handle(m)])) as Record<Exported, RouteHandler<P>>;
}

/** Routes open to anyone: the OpenAPI document, the reference page and the token endpoint. */
export function publicRoute<P = Record<string, never>>(
  operations: Operations<CallContext<P>>,
  options: { cors?: boolean } = {},
) {
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
      return problem(429, "Te veel verzoeken van deze client; probeer het over een moment opnieuw.", {
        headers: { "Retry-After": String(rate.retryAfterSeconds) },
      });
    }
    // A school's routes name it in the path: its mandates are read with the client, in one statement
    // (or remembered until the database says clients, mandates or schools changed).
    const brin = (base.params as { brin?: unknown } | undefined)?.brin;
    const check = await callerFor(
      db,
      bearer.claims,
      base.request.headers,
      typeof brin === "string" ? brin : null,
      notifiedCache<ClientRow>(API_TOEGANG_KANAAL),
    );
    if (!check.ok) return unauthorized(check.detail);
    return { ...base, caller: check.caller };
  });
}

export interface OperationSpec<P, PP, Q, B> {
  /** Checked first: path parameters beyond the brin; a failure answers 404 with the first issue's message. */
  params?: z.ZodType<PP>;
  /** Checked before the mandate, as it may decide the service; a failure answers 400 with the first issue's message. */
  query?: z.ZodType<Q>;
  /** The mandate for `params.brin` the request needs (403 without it), or how it follows from the parsed params and query; omitted: the route is not a school's. */
  mandate?: Need | { from: (input: { params: Omit<P, keyof PP> & PP; query: Q }) => Need };
  /** The JSON body, read and parsed after the mandate; a rejected body answers 422 with `rejected` and invalidParams. */
  body?: { schema: z.ZodType<B>; rejected: string };
  handle(
    ctx: Omit<ClientCallContext<P>, "params"> & {
      params: Omit<P, keyof PP> & PP;
      query: Q;
      body: B;
      school: MandatedSchool;
    },
  ): Promise<Response>;
}

/**
 * One operation of a client route: parses and checks in a fixed order — path parameters (404),
 * the query that decides the service (400), the mandate (403), the body (400/413/415 as read, 422
 * when rejected) — then runs the handler with the parsed values. `school` is set when `mandate` is.
 */
export function operation<P, PP = Record<never, never>, Q = undefined, B = undefined>(
  spec: OperationSpec<P, PP, Q, B>,
): (ctx: ClientCallContext<P>) => Promise<Response> {
  return async (ctx) => {
    const instance = ctx.request.nextUrl.pathname;
    let params = ctx.params as Omit<P, keyof PP> & PP;
    if (spec.params) {
      const parsed = spec.params.safeParse(ctx.params);
      if (!parsed.success) throw new ApiProblem(404, parsed.error.issues[0]!.message, { instance });
      params = { ...ctx.params, ...parsed.data };
    }
    let query = undefined as Q;
    if (spec.query) {
      // The first value of a repeated parameter, as URLSearchParams.get reads it.
      const raw: Record<string, string> = Object.create(null);
      for (const [key, value] of ctx.request.nextUrl.searchParams) raw[key] ??= value;
      const parsed = spec.query.safeParse(raw);
      if (!parsed.success) throw new ApiProblem(400, parsed.error.issues[0]!.message);
      query = parsed.data;
    }
    let school = undefined as unknown as MandatedSchool;
    if (spec.mandate) {
      const need = typeof spec.mandate === "object" ? spec.mandate.from({ params, query }) : spec.mandate;
      const found = await requireMandate(ctx.caller, (params as { brin?: string }).brin ?? "", need);
      if (found instanceof Response) throw ApiProblem.of(found);
      school = found;
    }
    let body = undefined as B;
    if (spec.body) {
      const read = await readJsonBody(ctx.request);
      if (!read.ok) throw ApiProblem.of(read.response);
      const parsed = spec.body.schema.safeParse(read.value);
      if (!parsed.success)
        throw new ApiProblem(422, spec.body.rejected, {
          instance,
          extra: { invalidParams: issuesToParams(parsed.error, read.value) },
        });
      body = parsed.data;
    }
    return spec.handle({ ...ctx, params, query, body, school });
  };
}
