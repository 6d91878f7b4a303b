import { describe, expect, it } from "vitest";
import { isLocked } from "./lockout";

const t0 = new Date("2026-11-23T10:00:00Z").getTime();
const at = (minutes: number) => new Date(t0 + minutes * 60_000);

describe("isLocked", () => {
  it.each([
    { name: "four failures never lock", failures: [0, 1, 2, 3], now: 4, locked: false },
    { name: "five failures within 15 minutes lock", failures: [0, 1, 2, 3, 4], now: 5, locked: true },
    { name: "the lock lasts 15 minutes after the fifth", failures: [0, 1, 2, 3, 4], now: 18.9, locked: true },
    { name: "and ends then", failures: [0, 1, 2, 3, 4], now: 19, locked: false },
    { name: "five failures spread over more than 15 minutes do not lock", failures: [0, 4, 8, 12, 16], now: 16.5, locked: false },
    { name: "exactly 15 minutes apart still counts", failures: [0, 5, 10, 12, 15], now: 16, locked: true },
  ])("$name", ({ failures, now, locked }) => {
    expect(isLocked(failures.map(at), at(now))).toBe(locked);
  });
});
