// Strict-Transport-Security, decided when the server runs (HSTS=true), not when it was built: the
// server hook (every response, static files included), proxy.ts (pages) and the API wrapper set it.
import { env } from "@/lib/env";

export const HSTS_HEADER = "Strict-Transport-Security";
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

export function hstsEnabled(): boolean {
  return env.HSTS;
}

export function applyHsts(headers: Headers, enabled = hstsEnabled()): void {
  if (enabled) headers.set(HSTS_HEADER, HSTS_VALUE);
}
