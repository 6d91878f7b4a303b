// Volgnummers unique per brin (`G-000001`): never the `T-` prefix, which acceptance tests own (access.md).

export class Volgnummers {
  private readonly teller = new Map<string, number>();

  constructor(private readonly prefix: string) {}

  volgende(brin: string): string {
    const n = (this.teller.get(brin) ?? 0) + 1;
    this.teller.set(brin, n);
    return `${this.prefix}-${String(n).padStart(6, "0")}`;
  }
}
