// The rate limit per client: a burst of the limit passes, the next is refused with a wait, clients are apart.
import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("lets `limit` requests through per second per client, then asks to wait", () => {
    const limiter = new RateLimiter(50);
    const t = 1_000_000;
    for (let i = 0; i < 50; i++) expect(limiter.take("a", t).ok).toBe(true);
    expect(limiter.take("a", t)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("b", t).ok).toBe(true);
    expect(limiter.take("a", t + 20).ok).toBe(true); // 20 ms at 50/s refills one request
    expect(limiter.take("a", t + 20).ok).toBe(false);
  });

  it("counts a client with a limit of its own at that limit", () => {
    const limiter = new RateLimiter(50);
    expect(limiter.take("a", 0, 2).ok).toBe(true);
    expect(limiter.take("a", 0, 2).ok).toBe(true);
    expect(limiter.take("a", 0, 2)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it("never answers Retry-After 0", () => {
    const limiter = new RateLimiter(1);
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("a", 999)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });
});
