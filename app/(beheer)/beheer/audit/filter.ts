// The audit viewer's filter from a query string, shared by the page and its CSV export.
import { auditFilterSchema, type AuditFilter } from "@/lib/beheer/audit/query";

export function leesAuditFilter(params: URLSearchParams | Record<string, string | string[] | undefined>): AuditFilter {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return (Array.isArray(v) ? v[0] : v) ?? undefined;
  };
  return auditFilterSchema.parse({
    actor: get("actor"),
    brin: get("brin"),
    entiteit: get("entiteit"),
    van: get("van"),
    tot: get("tot"),
    na: get("na"),
  });
}

/** The query string of a filter (without the cursor unless given). */
export function auditQuery(filter: AuditFilter, na?: string): string {
  const params = new URLSearchParams();
  for (const k of ["actor", "brin", "entiteit", "van", "tot"] as const) if (filter[k]) params.set(k, filter[k]!);
  if (na) params.set("na", na);
  return params.toString();
}
