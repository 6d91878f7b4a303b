import { describe, expect, it } from "vitest";
import { isLocked, lockFor } from "./lockout";

const t0 = new Date("2026-11-23T10:00:00Z").getTime();
const at = (minutes: number) => new Date(t0 + minutes * 60_000);

describe("isLocked", () => {
  it.each([
    { name: "four failures never lock", failures: [0, 1, 2, 3], now: 4, locked: false },
    { name: "five failures within 15 minutes lock", failures: [0, 1, 2, 3, 4], now: 5, locked: true },
    { name: "the lock lasts 15 minutes after the fifth", failures: [0, 1, 2, 3, 4], now: 18.9, locked: true },
    { name: "and ends then", failures: [0, 1, 2, 3, 4], now: 19, locked: false },
    {
      name: "five failures spread over more than 15 minutes do not lock",
      failures: [0, 4, 8, 12, 16],
      now: 16.5,
      locked: false,
    },
    { name: "exactly 15 minutes apart still counts", failures: [0, 5, 10, 12, 15], now: 16, locked: true },
  ])("$name", ({ failures, now, locked }) => {
    expect(isLocked(failures.map(at), at(now))).toBe(locked);
  });
});

describe("lockFor", () => {
  const failures = (address: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ tijdstip: at(i * 0.1), ip: address }));

  it("five from one address lock that address only", () => {
    const rows = failures("192.0.2.1", 5);
    expect(lockFor(rows, "192.0.2.1", at(1))).toBe("adres");
    expect(lockFor(rows, "192.0.2.2", at(1))).toBeNull();
  });

  it("fifty from many addresses lock the account for everyone", () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ tijdstip: at(i * 0.1), ip: `10.0.0.${i % 25}` }));
    expect(lockFor(rows, "192.0.2.9", at(6))).toBe("account");
    expect(lockFor(rows.slice(1), "192.0.2.9", at(6))).toBeNull();
  });
});
