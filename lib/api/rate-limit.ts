// Requests per second per API client (api.md: default 50, configurable per deployment and per
// client): a token bucket per client in this process. With several instances each enforces the limit for the requests it receives;
// nothing else depends on this state, so losing it on a restart is harmless.
import { env } from "@/lib/env";

interface Bucket {
  tokens: number;
  updated: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly perSecond: number) {}

  /** One request of `key`, at `perSecond` (the limiter's default unless the client has its own). */
  take(key: string, now = Date.now(), perSecond = this.perSecond): RateDecision {
    const bucket = this.buckets.get(key) ?? { tokens: perSecond, updated: now };
    bucket.tokens = Math.min(perSecond, bucket.tokens + ((now - bucket.updated) / 1000) * perSecond);
    bucket.updated = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.prune(now);
      return { ok: true };
    }
    // Whole seconds, as Retry-After wants, and never 0: the client must wait at least until the next second.
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
  }

  /**
   * The RateLimit-* headers' figures after a take (draft-ietf-httpapi-ratelimit-headers): the limit
   * per second, the requests left now, and the seconds until the bucket is full again.
   */
  peek(
    key: string,
    now = Date.now(),
    perSecond = this.perSecond,
  ): { limit: number; remaining: number; resetSeconds: number } {
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(perSecond, bucket.tokens + ((now - bucket.updated) / 1000) * perSecond)
      : perSecond;
    return {
      limit: perSecond,
      remaining: Math.max(0, Math.floor(tokens)),
      resetSeconds: Math.max(0, Math.ceil((perSecond - tokens) / perSecond)),
    };
  }

  /** Buckets that are full again carry no information; dropping them keeps the map small. */
  private prune(now: number): void {
    if (this.buckets.size < 10_000) return;
    for (const [key, b] of this.buckets) if (now - b.updated > 1000) this.buckets.delete(key);
  }
}

const holder = globalThis as unknown as { __bronApiRateLimiter?: RateLimiter };
export const apiRateLimiter = (): RateLimiter => (holder.__bronApiRateLimiter ??= new RateLimiter(env.API_RATE_LIMIT));
