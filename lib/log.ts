// The server's one logger: JSON lines (pino) on stdout at LOG_LEVEL. Every string of every record
// — the message, fields at any depth, error messages and stacks — has PGNs masked (nine digits on
// their own, or written 1234.56.789), and fields named like a secret are censored, here in one
// place, so no caller can forget it.
import { inspect } from "node:util";
import pino from "pino";
import { env } from "@/lib/env";

const PGN = /(?<!\d)\d{9}(?!\d)|(?<!\d)\d{4}\.\d{2}\.\d{3}(?!\d)/g;
const MASK = "*********";
/** Fields whose values are never logged, at any depth. */
const SECRET_FIELD = /pass(word)?|wachtwoord|secret|token|authorization|cookie|hash|credential|api[-_]?key/i;
/** Ids of our own making (UUIDs may hold nine digits in a row) are left whole. */
const ID_FIELD = /^(requestId|traceId|spanId|jobId)$/;
const MAX_DEPTH = 8;

export const maskPgn = (text: string): string => text.replace(PGN, MASK);

/** A copy of `value` fit for the log: strings masked, secrets censored, errors as plain objects. */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskPgn(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[…]";
  if (value instanceof Error) {
    const error = value as Error & { code?: unknown; digest?: unknown; cause?: unknown };
    return scrub(
      {
        type: error.name,
        message: error.message,
        stack: error.stack,
        code: error.code,
        digest: error.digest,
        cause: error.cause,
      },
      depth + 1,
    );
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (SECRET_FIELD.test(key)) out[key] = "[verborgen]";
    else if (ID_FIELD.test(key) && typeof v === "string") out[key] = v;
    else out[key] = scrub(v, depth + 1);
  }
  return out;
}

/** A logger writing to `destination` (stdout by default); tests pass their own stream. */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): pino.Logger {
  return pino(
    {
      level: options.level ?? env.LOG_LEVEL,
      base: undefined,
      // Errors are made plain (and masked) by `scrub` already; pino's serializer would rename them "Object".
      serializers: { err: (value: unknown) => value },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (record) => scrub(record) as Record<string, unknown>,
      },
      hooks: {
        // The message and its interpolation arguments, which `formatters.log` does not see.
        logMethod(args, method) {
          return method.apply(
            this,
            args.map((a) => (typeof a === "string" ? maskPgn(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const holder = globalThis as unknown as { __bronLog?: pino.Logger };
/** The process's logger; `log.child({ source })` per part of the server. */
export const log: pino.Logger = (holder.__bronLog ??= createLogger());

/**
 * Masks PGNs in what others write to the console too — Next prints request errors itself, besides
 * instrumentation.ts's onRequestError. Once per process.
 */
export function maskConsole(): void {
  const flag = globalThis as unknown as { __bronMaskedConsole?: boolean };
  if (flag.__bronMaskedConsole) return;
  flag.__bronMaskedConsole = true;
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) =>
      original(...args.map((a) => (typeof a === "string" ? maskPgn(a) : a instanceof Error ? maskPgn(inspect(a)) : a)));
  }
}
