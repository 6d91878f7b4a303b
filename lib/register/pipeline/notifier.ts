// The one way the pipeline sends berichten (domain.md): collected while a batch runs, written in
// one statement with the batch, in the order they arose.
import type { BerichtSoort } from "@/generated/prisma/enums";
import { insertRows, type Tx } from "./bulk";

export interface BerichtOut {
  brin: string;
  soort: BerichtSoort;
  gegevens: Record<string, unknown>;
}

export class Notifier {
  private readonly pending: BerichtOut[] = [];

  send(bericht: BerichtOut): void {
    this.pending.push(bericht);
  }

  get size(): number {
    return this.pending.length;
  }

  /** Writes what was sent since the last flush, inside the caller's transaction (sent ahead). */
  flush(tx: Tx): void {
    if (!this.pending.length) return;
    const aangemaaktOp = new Date();
    const rows = this.pending
      .splice(0)
      .map((b) => ({ brin: b.brin, soort: b.soort, gegevens: b.gegevens, gelezen: false, aangemaaktOp }));
    insertRows(tx, "Bericht", rows);
  }
}
