// RFC 9457 problem+json answers and the JSON answers of the supplier API, with the headers every
// API response carries.
import { NextResponse } from "next/server";
import { API_VERSION } from "./version";

export const PROBLEM_TYPE_BASE = "https://bron.duo.example/api/v1/problemen";

/** One field of a rejected request: `name` is a JSON pointer into the body (api.md). */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalidParams?: InvalidParam[];
  [extension: string]: unknown;
}

/** A JSON answer is never a document: nothing in it may run or be framed. */
export const API_HEADERS = {
  "API-Version": API_VERSION,
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
} as const;

const TITLES: Record<number, { slug: string; title: string }> = {
  400: { slug: "ongeldig-verzoek", title: "Ongeldig verzoek" },
  401: { slug: "niet-geauthenticeerd", title: "Niet geauthenticeerd" },
  403: { slug: "geen-toegang", title: "Geen toegang" },
  404: { slug: "niet-gevonden", title: "Niet gevonden" },
  405: { slug: "methode-niet-toegestaan", title: "Methode niet toegestaan" },
  406: { slug: "niet-aanvaardbaar", title: "Gevraagd formaat niet beschikbaar" },
  413: { slug: "te-groot", title: "Verzoek te groot" },
  412: { slug: "voorwaarde-faalt", title: "Voorwaarde klopt niet" },
  415: { slug: "verkeerd-mediatype", title: "Mediatype niet ondersteund" },
  422: { slug: "afgekeurd", title: "Melding afgekeurd" },
  429: { slug: "te-veel-verzoeken", title: "Te veel verzoeken" },
  500: { slug: "interne-fout", title: "Interne fout" },
};

/** The API's own headers, then the caller's (which win: `new Headers` merges case-insensitively). */
function withApiHeaders(headers?: HeadersInit, contentType?: string): Headers {
  const merged = new Headers(API_HEADERS);
  if (contentType) merged.set("Content-Type", contentType);
  new Headers(headers).forEach((value, key) => merged.set(key, value));
  return merged;
}

export function json(status: number, body: unknown, headers?: HeadersInit): NextResponse {
  return NextResponse.json(body, { status, headers: withApiHeaders(headers) });
}

export interface ProblemOptions {
  instance?: string;
  headers?: HeadersInit;
  title?: string;
  type?: string;
  extra?: Record<string, unknown>;
}

/** A problem+json answer; `title` and `type` follow from the status unless given. */
export function problem(status: number, detail: string, options: ProblemOptions = {}): NextResponse {
  const known = TITLES[status] ?? { slug: "fout", title: "Fout" };
  const body: Problem = {
    type: options.type ?? `${PROBLEM_TYPE_BASE}/${known.slug}`,
    title: options.title ?? known.title,
    status,
    detail,
    ...(options.instance ? { instance: options.instance } : {}),
    ...options.extra,
  };
  return new NextResponse(JSON.stringify(body), {
    status,
    headers: withApiHeaders(options.headers, "application/problem+json"),
  });
}

/**
 * A problem an API operation throws instead of returning: the route wrapper (lib/api/handler.ts)
 * answers it as problem+json, exactly as `problem(status, detail, options)` would.
 */
export class ApiProblem extends Error {
  override readonly name = "ApiProblem";
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly options: ProblemOptions = {},
  ) {
    super(detail);
  }

  /** A problem answer another helper already built (paging, body reading), thrown as it is. */
  static of(response: Response): ApiProblemResponse {
    return new ApiProblemResponse(response);
  }

  toResponse(): Response {
    return problem(this.status, this.detail, this.options);
  }
}

/** An already built problem answer, thrown (see ApiProblem.of). */
export class ApiProblemResponse extends ApiProblem {
  constructor(readonly response: Response) {
    super(response.status, "");
  }

  override toResponse(): Response {
    return this.response;
  }
}
