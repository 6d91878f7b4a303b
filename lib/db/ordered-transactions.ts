// Units of work (a recompute's batches of persons) as one transaction each, two in flight: unit k+1
// starts as soon as unit k has done its work — taken its locks, read, sent its writes — and runs
// while the database still executes k's writes and its commit, so the process's CPU and the
// database's overlap instead of taking turns. Order is kept exactly:
//   - k+1 takes its first lock only after k took its last, so a record or person both name is k's
//     first and k+1 waits for k's commit (never the other way round: no deadlock between the two);
//   - k+1 commits only after k committed, so what is recorded stays a prefix (a resumed run counts on it);
//   - when k's transaction fails, k+1 rolls back before k is retried on its own, and then runs anew.
// The first rule holds for locks the work has taken when it returns: advisory locks and row locks
// of awaited statements. A lock a sent-ahead write (SqlTx.write) would take may be taken after the
// next unit's, and then each waits for the other; such a write is awaited instead.
// PGlite has one connection: there the units run one after the other (depth 1).
// Uploads do not use it: measured at 100,000 meldingen it bought 3 % (BENCHMARKS.md), within the noise.
import type { SqlDatabase, SqlTx } from "./sql";

type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Thrown inside a unit whose predecessor failed: it must not commit before that one is redone. */
class PredecessorFailed extends Error {}

interface Flight<U, R> {
  unit: U;
  /** The unit's work is done (or it failed): the next unit may take its locks. */
  workDone: Promise<void>;
  result: Promise<Settled<R>>;
  /** Whether this unit ended recorded; the next unit commits only on `true`. */
  recorded: Deferred<boolean>;
}

export interface OrderedTransactions<U, R> {
  sql: SqlDatabase;
  units: AsyncIterable<U>;
  /** One unit's transaction; its writes may be sent ahead (SqlTx.write). */
  work: (tx: SqlTx, unit: U) => Promise<R>;
  /** A unit whose transaction failed, with nothing else in flight (e.g. one melding at a time); throws to stop. */
  retry: (unit: U, error: unknown) => Promise<R>;
  /** Each unit's result after it committed, in the units' order. */
  done: (unit: U, result: R) => Promise<void> | void;
  /** Stops between units (the ones in flight end first). */
  signal?: AbortSignal;
}

/** Transactions at once: two on PostgreSQL (one commits while the next works; three measured no faster), one on PGlite. */
export const depthOf = (sql: SqlDatabase) => (sql.connections > 1 ? 2 : 1);

export async function orderedTransactions<U, R>(options: OrderedTransactions<U, R>): Promise<void> {
  const { sql, work, retry, done, signal } = options;
  const depth = depthOf(sql);
  /** Oldest first; each one commits only after the one before it was recorded. */
  const flights: Flight<U, R>[] = [];

  const start = (unit: U): void => {
    const after = flights.at(-1)?.recorded.promise ?? Promise.resolve(true);
    const workDone = deferred<void>();
    const result = sql
      .transaction(async (tx) => {
        const value = await work(tx, unit);
        workDone.resolve();
        if (!(await after)) throw new PredecessorFailed();
        return value;
      })
      .then(
        (value): Settled<R> => ({ ok: true, value }),
        (error: unknown): Settled<R> => ({ ok: false, error }),
      );
    void result.then(() => workDone.resolve());
    flights.push({ unit, workDone: workDone.promise, result, recorded: deferred<boolean>() });
  };
  /** A unit starts once the one before it has done its work, so it takes its locks after that one's. */
  const startInTurn = async (unit: U): Promise<void> => {
    await flights.at(-1)?.workDone;
    start(unit);
  };
  /** Every unit in flight ends without committing past one that was not recorded. */
  const drain = async (): Promise<U[]> => {
    const units: U[] = [];
    for (const flight of flights.splice(0)) {
      await flight.result;
      flight.recorded.resolve(false);
      units.push(flight.unit);
    }
    return units;
  };
  /** Ends the oldest unit; if it failed, the later ones roll back, it is retried alone, and they run anew. */
  const settleOldest = async (): Promise<void> => {
    const flight = flights.shift()!;
    const outcome = await flight.result;
    if (outcome.ok) {
      flight.recorded.resolve(true);
      await done(flight.unit, outcome.value);
      return;
    }
    flight.recorded.resolve(false);
    // The later units may hold locks the retry needs: they roll back first (each waits on the one before).
    const later = await drain();
    await done(flight.unit, await retry(flight.unit, outcome.error));
    for (const unit of later) await startInTurn(unit);
  };

  try {
    for await (const unit of options.units) {
      while (flights.length >= depth) await settleOldest();
      if (signal?.aborted) break;
      await startInTurn(unit);
    }
    while (flights.length) await settleOldest();
  } finally {
    // Nothing is left running when this returns or throws.
    await drain();
  }
  signal?.throwIfAborted();
}
