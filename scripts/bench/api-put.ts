// api-put: 32 concurrent connections PUT distinct new inschrijvingen through the supplier API of a
// production server (`next start`) whose register holds the preloaded file; then the same load
// again while the server's job worker processes an upload for another school, both figures printed.
import { csvHeader, generateMeldingen } from "@/lib/generate";
import { toCamel } from "@/lib/register/validate";
import { BENCH_CLIENT } from "./fixtures";
import { keepAliveAgent, timedRequest } from "./http";
import { cpuMeter, percentile, round, sleep, type Result } from "./measure";

const CONNECTIONS = 32;
const PERIODE = new Set(["periode_begindatum", "opleidingscode", "leerweg", "indicatie_bekostigbaar"]);
const SLEUTEL = new Set(["brin", "inschrijvingsvolgnummer"]);

/** Generated inschrijvingen at one school as API bodies: the CSV columns in camelCase, perioden apart. */
export function* putBodies(brin: string, seed: number, prefix: string): Generator<{ path: string; body: string }> {
  const header = csvHeader("mbo-inschrijvingen");
  for (const m of generateMeldingen({ soort: "mbo-inschrijvingen", rows: 2_000_000, seed, brins: [brin], prefix })) {
    const first = m.rows[0]!;
    const body: Record<string, unknown> = {};
    header.forEach((kolom, i) => {
      if (!SLEUTEL.has(kolom) && !PERIODE.has(kolom) && first[i] !== "") body[toCamel(kolom)] = first[i];
    });
    body.perioden = m.rows.map((row) =>
      Object.fromEntries(header.flatMap((kolom, i) => (PERIODE.has(kolom) ? [[toCamel(kolom), row[i]]] : []))),
    );
    const volgnummer = first[header.indexOf("inschrijvingsvolgnummer")]!;
    yield {
      path: `/api/v1/instellingen/${brin}/inschrijvingen/${encodeURIComponent(volgnummer)}`,
      body: JSON.stringify(body),
    };
  }
}

export async function apiToken(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: BENCH_CLIENT.clientId,
      client_secret: BENCH_CLIENT.secret,
    }),
  });
  if (!response.ok) throw new Error(`Geen token voor de benchmark-client: HTTP ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  statuses: Record<string, number>;
  /** With the server's pid: CPU per request of the server and of PostgreSQL, and the host's steal. */
  cpu?: ReturnType<ReturnType<typeof cpuMeter>["read"]>;
}

/** `connections` loops, each sending the next body as soon as its previous answer came, for `ms`. */
export async function putLoad(
  base: string,
  token: string,
  bodies: Iterator<{ path: string; body: string }>,
  connections: number,
  ms: number,
  serverPid?: number,
): Promise<LoadFigures> {
  const agent = keepAliveAgent(connections);
  const meter = serverPid ? cpuMeter(serverPid) : null;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const started = Date.now();
  const deadline = started + ms;
  const loop = async () => {
    while (Date.now() < deadline) {
      const next = bodies.next();
      if (next.done) return;
      try {
        const r = await timedRequest(agent, `${base}${next.value.path}`, {
          method: "PUT",
          headers,
          body: next.value.body,
        });
        latencies.push(r.ms);
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        // A 422 is a valid answer (an afkeuring); anything else outside 2xx is an error.
        if (r.status >= 300 && r.status !== 422) errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const took = (Date.now() - started) / 1000;
  const cpu = meter?.read(latencies.length);
  agent.destroy();
  return {
    requests: latencies.length,
    perSecond: Math.round(latencies.length / took),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    errors,
    statuses,
    ...(cpu ? { cpu } : {}),
  };
}

export async function apiPut(
  base: string,
  options: {
    seconds: number;
    seed: number;
    prefix: string;
    duringUpload: () => Promise<{ done: Promise<Result> }>;
    peakRssMb: () => number;
    serverPid: number;
  },
): Promise<Result> {
  const token = await apiToken(base);
  // Seed + 10: the generator gives each seed (mod 20) its own persons, so these never collide (R04)
  // with the preloaded file (seed) or the upload for another school (seed + 1).
  const bodies = putBodies("25AA", options.seed + 10, options.prefix);
  // Warm-up: the first requests compile routes and fill connection pools.
  await putLoad(base, token, bodies, CONNECTIONS, 3000);
  const one = await putLoad(base, token, bodies, 1, Math.min(10_000, options.seconds * 1000), options.serverPid);
  const alone = await putLoad(base, token, bodies, CONNECTIONS, options.seconds * 1000, options.serverPid);
  const peakAlone = options.peakRssMb();
  const { during, upload: uploadResult } = await loadDuringUpload(base, bodies, options);
  return {
    scenario: "api-put",
    connections: CONNECTIONS,
    ...alone,
    oneConnection: { perSecond: one.perSecond, p50Ms: one.p50Ms, p95Ms: one.p95Ms, cpu: one.cpu },
    peakRssMb: peakAlone,
    duringUpload: { ...during, upload: uploadResult },
    peakRssMbDuringUpload: options.peakRssMb(),
  };
}

/** The API load while a job worker processes an upload for another school, and that upload's figures. */
export async function loadDuringUpload(
  base: string,
  bodies: Iterator<{ path: string; body: string }>,
  options: { seconds: number; duringUpload: () => Promise<{ done: Promise<Result> }>; serverPid: number },
): Promise<{ during: LoadFigures; upload: Result }> {
  const upload = await options.duringUpload();
  await sleep(1000); // the job worker picks the upload up
  const during = await putLoad(
    base,
    await apiToken(base),
    bodies,
    CONNECTIONS,
    options.seconds * 1000,
    options.serverPid,
  );
  return { during, upload: await upload.done };
}

/**
 * The same load during an upload, with the jobs in a process of their own (`npm run worker`, the
 * web instance started with JOB_WORKERS=false): the deployment for a school chain's API traffic.
 */
export async function apiPutSeparateWorker(
  base: string,
  options: {
    seconds: number;
    seed: number;
    prefix: string;
    duringUpload: () => Promise<{ done: Promise<Result> }>;
    serverPid: number;
  },
): Promise<{ during: LoadFigures; upload: Result }> {
  const token = await apiToken(base);
  const bodies = putBodies("25AA", options.seed + 10, options.prefix);
  await putLoad(base, token, bodies, CONNECTIONS, 3000);
  return loadDuringUpload(base, bodies, options);
}
