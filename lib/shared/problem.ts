// The app's one error shape: an RFC 9457 problem+json body, for the supplier API (lib/api/problem.ts
// adds its headers) and for the portal's own JSON routes alike, and the one reader of it that
// clients use. Free of server imports, so browser code reads problems with the same module.

export const PROBLEM_TYPE_BASE = "https://bron.duo.example/api/v1/problemen";
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

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

export interface ProblemBodyOptions {
  instance?: string;
  title?: string;
  type?: string;
  extra?: Record<string, unknown>;
}

/** A problem body; `title` and `type` follow from the status unless given. */
export function problemBody(status: number, detail: string, options: ProblemBodyOptions = {}): Problem {
  const known = TITLES[status] ?? { slug: "fout", title: "Fout" };
  return {
    type: options.type ?? `${PROBLEM_TYPE_BASE}/${known.slug}`,
    title: options.title ?? known.title,
    status,
    detail,
    ...(options.instance ? { instance: options.instance } : {}),
    ...options.extra,
  };
}

/** The Dutch message of a problem body a client received, or null when the body is not one. */
export function problemDetail(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("detail" in body)) return null;
  return typeof body.detail === "string" ? body.detail : null;
}
