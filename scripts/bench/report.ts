// The benchmark's readable table: each scenario's figure beside what quality.md asks of it.
import type { Result } from "./measure";

type Row = [scenario: string, figure: string, target: string, met: boolean | null];

const n = (v: unknown) => (typeof v === "number" ? v.toLocaleString("en-US") : String(v));

function rows(r: Result, all: readonly Result[]): Row[] {
  const x = r as Record<string, unknown> & Result;
  switch (r.scenario) {
    case "import-1m": {
      const ratio = all.find((c) => c.scenario === "copy-baseline")?.importToCopyRatio;
      return [
        [
          "import-1m",
          `${n(x.perSecond)} meldingen/s (${n(x.meldingen)} in ${n(x.seconds)} s)`,
          "≥ 20,000/s",
          Number(x.perSecond) >= 20_000,
        ],
        ["", `peak RSS ${n(x.peakRssMb)} MB`, "≤ 512 MB", Number(x.peakRssMb) <= 512],
        ...(ratio !== undefined && ratio !== null
          ? [["", `import/COPY ${n(ratio)}`, "≤ 15", Number(ratio) <= 15] as Row]
          : []),
      ];
    }
    case "copy-baseline":
      return [["copy-baseline", `${n(x.rijen)} rows in ${n(x.seconds)} s`, "(baseline)", null]];
    case "reimport-1m":
      return [
        [
          "reimport-1m",
          `${n(x.seconds)} s, ${n(x.ratioToImport)} of import`,
          "≤ 0.33",
          x.ratioToImport !== null && Number(x.ratioToImport) <= 1 / 3,
        ],
        [
          "",
          `register unchanged: ${x.registerUnchanged ? "yes" : `no (${(x.changedTables as string[]).join(", ")})`}`,
          "unchanged",
          Boolean(x.registerUnchanged),
        ],
      ];
    case "api-put": {
      type Cpu = { serverCpuMsPerRequest: number; databaseCpuMsPerRequest: number; stealPercent: number };
      const cpuText = (c: Cpu) =>
        `server ${n(c.serverCpuMsPerRequest)} ms, PostgreSQL ${n(c.databaseCpuMsPerRequest)} ms; host stole ${n(c.stealPercent)} %`;
      const during = x.duringUpload as Record<string, unknown> & { upload: Result };
      const separate = x.duringUploadSeparateWorker as (Record<string, unknown> & { upload: Result }) | undefined;
      const ok = (f: Record<string, unknown>) =>
        Number(f.perSecond) >= 500 && Number(f.p95Ms) <= 100 && Number(f.p99Ms) <= 250 && Number(f.errors) === 0;
      return [
        [
          "api-put",
          `${n(x.perSecond)}/s, p95 ${n(x.p95Ms)} ms, p99 ${n(x.p99Ms)} ms, ${n(x.errors)} errors, RSS ${n(x.peakRssMb)} MB`,
          "≥ 500/s, p95 ≤ 100, p99 ≤ 250",
          ok(x),
        ],
        ...(x.cpu ? [["  CPU per PUT", cpuText(x.cpu as Cpu), "(what limits the rate)", null] as Row] : []),
        [
          "  during an upload",
          `${n(during.perSecond)}/s, p95 ${n(during.p95Ms)} ms, p99 ${n(during.p99Ms)} ms; upload ${n(during.upload.perSecond)} meldingen/s`,
          "same",
          ok(during),
        ],
        ...(separate
          ? [
              [
                "  upload in `npm run worker`",
                `${n(separate.perSecond)}/s, p95 ${n(separate.p95Ms)} ms, p99 ${n(separate.p99Ms)} ms; upload ${n(separate.upload.perSecond)} meldingen/s`,
                "same",
                ok(separate),
              ] as Row,
            ]
          : []),
      ];
    }
    case "pages":
      return (x.pages as { name: string; p95Ms: number; p50Ms: number; targetMs: number; ok: boolean }[]).map(
        (p, i) => [
          i === 0 ? "pages" : "",
          `${p.name}: p50 ${n(p.p50Ms)} ms, p95 ${n(p.p95Ms)} ms`,
          `p95 ≤ ${p.targetMs} ms`,
          p.ok,
        ],
      );
    case "recompute":
      return [
        [
          "recompute",
          // The time follows the assessments a change changes (BENCHMARKS.md): both figures side by side.
          `prijsfactor ${n((x.prijsfactor as Result).seconds)} s (${n((x.prijsfactor as Result).gewijzigd)} gewijzigd), licentie ${n((x.licentie as Result).seconds)} s (${n((x.licentie as Result).gewijzigd)} gewijzigd)`,
          "≤ 30 s",
          Number(x.seconds) <= 30,
        ],
      ];
    case "embedded-100k":
      return [
        [
          "embedded-100k",
          `${n(x.perSecond)} meldingen/s (${n(x.meldingen)} in ${n(x.seconds)} s), RSS ${n(x.peakRssMb)} MB`,
          "completes",
          x.status === "KLAAR",
        ],
      ];
    default:
      return [[r.scenario, JSON.stringify(r), "", null]];
  }
}

export function table(results: readonly Result[]): string {
  const all: Row[] = results.flatMap((r) => rows(r, results));
  const header: Row = ["scenario", "figure", "target", null];
  const width = (i: 0 | 1 | 2) => Math.max(...[header, ...all].map((r) => r[i].length));
  const line = (r: Row, met: string) =>
    `| ${r[0].padEnd(width(0))} | ${r[1].padEnd(width(1))} | ${r[2].padEnd(width(2))} | ${met.padEnd(4)} |`;
  return [
    line(header, "met"),
    `|${"-".repeat(width(0) + 2)}|${"-".repeat(width(1) + 2)}|${"-".repeat(width(2) + 2)}|------|`,
    ...all.map((r) => line(r, r[3] === null ? "" : r[3] ? "yes" : "no")),
  ].join("\n");
}
