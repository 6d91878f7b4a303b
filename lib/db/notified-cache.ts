// A process's short memory of rows that change rarely and are read on every request (an API
// client and its mandates), kept correct by the database itself: triggers on the tables behind it
// NOTIFY a channel at every commit that changes them, and a connection of this process LISTENs and
// forgets everything it heard about. Entries also expire after `ttlMs`, so a notification that
// never comes (a proxy that drops them) costs at most that much staleness.
//
// Nothing is kept while the channel is not listening (before the first LISTEN, after the connection
// broke): a change made then would go unheard. A read that began before a notification arrived is
// not kept either (the generation moved on), so a slow read of an old row cannot outlive the change.
import pg from "pg";
import { log } from "@/lib/log";

export class NotifiedCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  private generation = 0;
  private live = false;

  constructor(
    private readonly ttlMs = 1_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** The channel listens: from now on entries may be kept. */
  listening(): void {
    this.forget();
    this.live = true;
  }

  /** The channel is lost: forget, and keep nothing until it listens again. */
  deaf(): void {
    this.live = false;
    this.forget();
  }

  /** Something changed: every entry is stale, and so is every read still in flight. */
  forget(): void {
    this.generation++;
    this.entries.clear();
  }

  get isLive(): boolean {
    return this.live;
  }

  /** The value under `key`, from memory when it is fresh, else from `load` (kept unless null). */
  async read(key: string, load: () => Promise<T | null>, now: () => number = Date.now): Promise<T | null> {
    if (this.live) {
      const hit = this.entries.get(key);
      if (hit && hit.until > now()) return hit.value;
    }
    const generation = this.generation;
    const value = await load();
    if (value !== null && this.live && generation === this.generation) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, { value, until: now() + this.ttlMs });
    }
    return value;
  }
}

/**
 * LISTENs on `channel` with a connection of its own and tells `cache` what it hears; reconnects
 * with a growing pause when the connection breaks. Returns how to stop.
 */
export function listenForChanges(
  connectionString: string,
  channel: string,
  cache: NotifiedCache<unknown>,
): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let pause = 500;
  let timer: NodeJS.Timeout | null = null;

  const retry = () => {
    cache.deaf();
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, pause);
    // A pending reconnect never keeps a process alive; the connection itself is ended by the returned stop (closeDb).
    timer.unref();
    pause = Math.min(pause * 2, 30_000);
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString });
    client = c;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (!stopped)
        log.warn({ source: "database", channel, error: error?.message }, "Luisteren naar wijzigingen onderbroken");
      void c.end().catch(() => undefined);
      retry();
    };
    c.on("error", onLost);
    c.on("end", () => onLost());
    c.on("notification", () => cache.forget());
    try {
      await c.connect();
      await c.query(`LISTEN "${channel.replace(/"/g, "")}"`);
      if (stopped || lost) return;
      pause = 500;
      cache.listening();
    } catch (error) {
      onLost(error as Error);
    }
  };

  void connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    cache.deaf();
    await client?.end().catch(() => undefined);
  };
}
