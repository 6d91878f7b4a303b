// Seedable pseudo-random numbers (sfc32) and a stateless hash: the generator never uses Math.random.

/** splitmix32 step: spreads a small seed (1, 2, 3 …) over all 32 bits before sfc32 starts. */
function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A 32-bit hash of three integers: per-melding decisions that must not depend on the order of draws. */
export function hash32(a: number, b: number, c: number): number {
  return splitmix32(splitmix32(splitmix32(a) ^ b) ^ c);
}

/** hash32 as a number in [0, 1). */
export function hashFloat(a: number, b: number, c: number): number {
  return hash32(a, b, c) / 4294967296;
}

/**
 * sfc32 (Small Fast Chaotic): passes PractRand, a few integer ops per draw. `stream` gives every
 * part of the generator its own sequence, so adding draws in one part never shifts another.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  constructor(seed: number, stream: number) {
    this.a = splitmix32(seed);
    this.b = splitmix32(this.a ^ stream);
    this.c = splitmix32(this.b ^ 0x5bd1e995);
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform integer in [0, 2³²). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [lo, hi], both included. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new RangeError("pick from an empty list");
    return list[this.int(list.length)]!;
  }
}

/** A weighted choice, cumulative weights computed once. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map((e) => e[0]);
    let sum = 0;
    this.cumulative = entries.map((e) => (sum += e[1]));
    if (this.items.length === 0 || sum <= 0) throw new RangeError("Weighted needs a positive weight");
  }

  pick(rng: Prng): T {
    const x = rng.float() * this.cumulative[this.cumulative.length - 1]!;
    let i = 0;
    while (this.cumulative[i]! <= x) i++;
    return this.items[i]!;
  }
}
