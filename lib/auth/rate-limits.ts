// Limits on the unauthenticated endpoints that spend a password hash (sign-in, the API's token
// endpoint): per client address, and for everyone together so a spread-out flood cannot use up the
// CPU either. On PostgreSQL the counts live in the database (rate-limiter-flexible's store, table
// "RateLimit"), so they hold across instances; an address over its limit is then refused from memory
// without a query, and should the database fail the limiter carries on in memory. The embedded
// default is one process: memory alone.
import pg from "pg";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { databaseTarget } from "@/lib/db/adapter";
import { env } from "@/lib/env";

const WINDOW_SECONDS = 60;

export type LimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface AuthRateLimits {
  /** One request from this client address: every sign-in and token request, before anything else. */
  address(address: string): Promise<LimitDecision>;
  /** One password or secret hash for anyone: taken right before the hash would run. */
  global(): Promise<LimitDecision>;
  close(): Promise<void>;
}

export interface LimitOptions {
  /** Requests per minute per client address. */
  perAddress: number;
  /** Password hashes per minute in total. */
  global: number;
}

async function take(limiter: RateLimiterAbstract, key: string): Promise<LimitDecision> {
  try {
    await limiter.consume(key, 1);
    return { ok: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}

function limits(address: RateLimiterAbstract, global: RateLimiterAbstract, close: () => Promise<void>): AuthRateLimits {
  return {
    address: (a) => take(address, a),
    global: () => take(global, "alle"),
    close,
  };
}

export function memoryRateLimits(options: LimitOptions): AuthRateLimits {
  return limits(
    new RateLimiterMemory({ keyPrefix: "adres", points: options.perAddress, duration: WINDOW_SECONDS }),
    new RateLimiterMemory({ keyPrefix: "globaal", points: options.global, duration: WINDOW_SECONDS }),
    async () => undefined,
  );
}

function postgresLimiter(pool: pg.Pool, keyPrefix: string, points: number): RateLimiterAbstract {
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    // Created by our migration (prisma/schema.prisma, model RateLimit), in the library's own format;
    // the library quotes the name. It deletes windows that ran out an hour ago every 5 minutes.
    tableName: "RateLimit",
    tableCreated: true,
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
    // Once over the limit the key is refused from memory for the rest of its window: a flood costs no queries.
    inMemoryBlockOnConsumed: points + 1,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS }),
  });
}

/** The limits on PostgreSQL, with a small pool of their own (sign-in must not wait for the app's pool). */
export function postgresRateLimits(connectionString: string, options: LimitOptions): AuthRateLimits {
  const pool = new pg.Pool({ connectionString, max: 2, idleTimeoutMillis: 10_000 });
  // A failing connection is the insurance limiter's business, not a reason to crash the process.
  pool.on("error", () => undefined);
  return limits(
    postgresLimiter(pool, "adres", options.perAddress),
    postgresLimiter(pool, "globaal", options.global),
    async () => {
      await pool.end().catch(() => undefined);
    },
  );
}

const holder = globalThis as unknown as { __bronAuthRateLimits?: AuthRateLimits };

/** The process's limits, from AUTH_RATE_LIMIT_PER_IP and AUTH_RATE_LIMIT_GLOBAL (per minute). */
export function authRateLimits(): AuthRateLimits {
  if (!holder.__bronAuthRateLimits) {
    const target = databaseTarget();
    const options = { perAddress: env.AUTH_RATE_LIMIT_PER_IP, global: env.AUTH_RATE_LIMIT_GLOBAL };
    holder.__bronAuthRateLimits =
      target.kind === "postgres" ? postgresRateLimits(target.connectionString, options) : memoryRateLimits(options);
  }
  return holder.__bronAuthRateLimits;
}

/** For the server's shutdown: ends the limiter's own pool. */
export async function closeAuthRateLimits(): Promise<void> {
  const current = holder.__bronAuthRateLimits;
  holder.__bronAuthRateLimits = undefined;
  await current?.close();
}
