// RFC 9457 problem+json answers and the JSON answers of the supplier API, with the headers every
// API response carries.
import { NextResponse } from "next/server";
import { PROBLEM_CONTENT_TYPE, problemBody } from "@/lib/shared/problem";
import { API_VERSION } from "./version";

/** A JSON answer is never a document: nothing in it may run or be framed. */
export const API_HEADERS = {
  "API-Version": API_VERSION,
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
} as const;

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
  return new NextResponse(JSON.stringify(problemBody(status, detail, options)), {
    status,
    headers: withApiHeaders(options.headers, PROBLEM_CONTENT_TYPE),
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
