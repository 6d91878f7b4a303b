// `npm run bench -- [--scenario a,b] [--rows N] [--quick] [--seed S] [--requests N] [--seconds N] [--keep] [--reuse DB]`
//
// Every scenario of quality.md against a throwaway PostgreSQL database beside DATABASE_URL (created
// here, dropped afterwards unless --keep), through the real paths: the upload service and a job
// worker process, `next start` for the API and the pages, the back office's reference-data code for
// the recompute, and PGlite for embedded-100k. Prints one JSON line per scenario and then a table.
// A benchmark, not a test: it never fails on a figure. See BENCHMARKS.md.
import { parseArgs } from "node:util";
import pg from "pg";
import { SCENARIOS, type Scenario } from "./bench/scenarios";

const USAGE = `Usage: npm run bench -- [options]

  --scenario A,B   a subset of: ${SCENARIOS.join(", ")} (default: all)
  --rows N         inschrijvingen in the generated mbo-inschrijvingen file (default 1,000,000,
                   ≈1.2 M rows as quality.md counts them)
  --quick          100,000 inschrijvingen, 50 requests per page, 15 s per load phase: a development loop
  --seed S         generator seed (default 1)
  --requests N     requests per page in 'pages' (default 200)
  --seconds N      seconds per load phase in 'api-put' (default 30)
  --port P         port of the benchmark's server (default 3311)
  --keep           keep the benchmark database afterwards (its name is printed)
  --reuse DB       run api-put, pages and recompute against a database an earlier run kept
                   (no preload; the one kept is never dropped): minutes instead of an hour

Needs DATABASE_URL (PostgreSQL); the benchmark's own database is created beside it.`;

function options() {
  const { values } = parseArgs({
    options: {
      scenario: { type: "string" },
      rows: { type: "string" },
      quick: { type: "boolean" },
      seed: { type: "string" },
      requests: { type: "string" },
      seconds: { type: "string" },
      port: { type: "string" },
      keep: { type: "boolean" },
      reuse: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scenarios = values.scenario ? values.scenario.split(",").map((s) => s.trim()) : [...SCENARIOS];
  const unknown = scenarios.filter((s) => !(SCENARIOS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`Onbekend scenario: ${unknown.join(", ")}\n\n${USAGE}`);
  const number = (v: string | undefined, fallback: number) =>
    v === undefined ? fallback : Number(v.replace(/[_,]/g, ""));
  const quick = values.quick ?? false;
  const reuse = values.reuse ?? null;
  if (reuse !== null && !/^[a-z0-9_]+$/.test(reuse)) throw new Error(`--reuse: geen databasenaam: ${reuse}`);
  const needFile = scenarios.filter((s) => ["import-1m", "copy-baseline", "reimport-1m"].includes(s));
  if (reuse !== null && values.scenario && needFile.length)
    throw new Error(`--reuse meet geen ${needFile.join(", ")}: die hebben het gegenereerde bestand nodig.`);
  return {
    scenarios: SCENARIOS.filter(
      (s) =>
        scenarios.includes(s) &&
        (reuse === null || !["import-1m", "copy-baseline", "reimport-1m", "embedded-100k"].includes(s)),
    ) as Scenario[],
    rows: number(values.rows, quick ? 100_000 : 1_000_000),
    seed: number(values.seed, 1),
    requests: number(values.requests, quick ? 50 : 200),
    loadSeconds: number(values.seconds, quick ? 15 : 30),
    port: number(values.port, 3311),
    keep: values.keep ?? false,
    reuse,
  };
}

async function main(): Promise<void> {
  const o = options();
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error(`npm run bench meet tegen PostgreSQL: zet DATABASE_URL.\n\n${USAGE}`);
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.CHECKPOINT_DISABLE = "1";
  const url = new URL(base);
  const name =
    o.reuse ??
    `${(url.pathname.slice(1) || "bron").replace(/[^a-zA-Z0-9_]/g, "_").slice(0, 30)}_bench_${process.pid}`.toLowerCase();
  if (!o.reuse) {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  }
  url.pathname = `/${name}`;
  // Set before anything of the app is loaded: lib/env reads the environment once, at import.
  process.env.DATABASE_URL = url.toString();
  console.error(
    `[bench] database ${name}; scenario's: ${o.scenarios.join(", ")}; ${o.rows.toLocaleString("en-US")} inschrijvingen`,
  );
  try {
    const { run } = await import("./bench/run");
    await run({ ...o, reuse: o.reuse !== null });
  } finally {
    if (o.keep || o.reuse) console.error(`[bench] database ${name} bewaard`);
    else {
      const drop = new pg.Client({ connectionString: base });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
