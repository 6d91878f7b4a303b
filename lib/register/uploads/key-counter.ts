// Rows per inschrijving key (brin + volgnummer) for a file of up to 2,000,000 rows, in typed arrays:
// two 32-bit hashes and a count per key, ~12 bytes a key instead of a Map entry's ~150. Two keys
// with the same 64-bit hash (about one pair in 10^7 files of a million keys) share a count: their
// groups are then emitted at the end of the file instead of at their last row — later, never wrong.
export class KeyCounter {
  private hi = new Uint32Array(1 << 16);
  private lo = new Uint32Array(1 << 16);
  private counts = new Uint32Array(1 << 16);
  private used = 0;

  /** Adds `delta` to the key's count and returns the new count. */
  add(key: string, delta: number): number {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    // 0 marks an empty slot.
    const a = h1 >>> 0 || 1;
    const b = h2 >>> 0;
    const mask = this.hi.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      if (this.hi[slot] === 0) {
        if (delta < 0) return 0;
        this.hi[slot] = a;
        this.lo[slot] = b;
        this.counts[slot] = delta;
        if (++this.used * 2 > this.hi.length) this.grow();
        return delta;
      }
      if (this.hi[slot] === a && this.lo[slot] === b) {
        const n = Math.max(0, this.counts[slot]! + delta);
        this.counts[slot] = n;
        return n;
      }
    }
  }

  private grow(): void {
    const [hi, lo, counts] = [this.hi, this.lo, this.counts];
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.counts = new Uint32Array(hi.length * 2);
    const mask = this.hi.length - 1;
    for (let i = 0; i < hi.length; i++) {
      if (hi[i] === 0) continue;
      let slot = hi[i]! & mask;
      while (this.hi[slot] !== 0) slot = (slot + 1) & mask;
      this.hi[slot] = hi[i]!;
      this.lo[slot] = lo[i]!;
      this.counts[slot] = counts[i]!;
    }
  }
}
