// Client data of uploads (TanStack Query): the key factory, the status fetcher and the typed error
// that carries the server's Dutch message (the `detail` of its problem+json answer).
import type { UploadStatusJson } from "@/lib/register/uploads/queries";
import { problemDetail } from "@/lib/shared/problem";

export const uploadKeys = {
  all: ["uploads"] as const,
  status: (brin: string, id: string) => [...uploadKeys.all, brin, id, "status"] as const,
};

/** A refused or failed request; `status` 0 means no answer (network, or cancelled). */
export class UploadRequestError extends Error {
  constructor(
    readonly status: number,
    readonly melding: string | null,
    readonly cancelled = false,
  ) {
    super(melding ?? `HTTP ${status}`);
  }
}

export async function fetchUploadStatus(brin: string, id: string): Promise<UploadStatusJson> {
  const response = await fetch(`/instelling/${encodeURIComponent(brin)}/uploads/${encodeURIComponent(id)}/status`, {
    cache: "no-store",
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new UploadRequestError(response.status, problemDetail(body));
  return body as UploadStatusJson;
}
