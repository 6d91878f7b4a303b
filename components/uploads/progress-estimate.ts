// Rows per second and the expected time left of an upload, from its counts and the server's clock.
import type { UploadStatusJson } from "@/lib/register/uploads/queries";

export const isOpen = (status: UploadStatusJson["status"]) => status === "IN_WACHTRIJ" || status === "BEZIG";

export type Estimate = { rijenPerSeconde: number | null; resterendSeconden: number | null };

export function estimate(s: UploadStatusJson): Estimate {
  if (!s.gestartOp) return { rijenPerSeconde: null, resterendSeconden: null };
  const end = Date.parse(s.klaarOp ?? s.nu);
  const seconds = (end - Date.parse(s.gestartOp)) / 1000;
  if (!(seconds > 0) || s.rijen === 0) return { rijenPerSeconde: null, resterendSeconden: null };
  const rijenPerSeconde = s.rijen / seconds;
  // voortgang is rows done over rows in the file, so the rest takes (100 - v) / v of the time so far.
  const resterendSeconden =
    s.status === "BEZIG" && s.voortgang > 0 && s.voortgang < 100 ? (seconds * (100 - s.voortgang)) / s.voortgang : null;
  return { rijenPerSeconde, resterendSeconden };
}

/** Whole minutes and seconds, rounded up so "0 s" is never shown while work remains. */
export function minutesAndSeconds(totalSeconds: number): { minuten: number; seconden: number } {
  const rounded = Math.max(1, Math.ceil(totalSeconds));
  return { minuten: Math.floor(rounded / 60), seconden: rounded % 60 };
}
