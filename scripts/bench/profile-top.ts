// Summarises a .cpuprofile (`BENCH_CPU_PROF`, `node --cpu-prof`): self time per function and total
// (inclusive) time per function of the project, so a profile can be read without a browser.
//   npx tsx scripts/bench/profile-top.ts <file.cpuprofile> [rows]
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error("Gebruik: npx tsx scripts/bench/profile-top.ts <bestand.cpuprofile> [rijen]");
  process.exit(2);
}
const rows = Number(rowsArg ?? 40);
// Piped into `head`: a closed pipe ends the listing, not with a stack trace.
process.stdout.on("error", () => process.exit(0));
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (n: Node) => {
  const url = n.callFrame.url.replace(/^.*\/(node_modules|lib|scripts|app)\//, "$1/");
  return `${n.callFrame.functionName || "(anonymous)"} ${url}:${n.callFrame.lineNumber + 1}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  all += dt;
  const node = byId.get(id)!;
  self.set(label(node), (self.get(label(node)) ?? 0) + dt);
  // Inclusive time: every distinct frame on the stack once.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur)!);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + dt);
  }
});

const ms = (us: number) => (us / 1000).toFixed(0).padStart(8);
const pct = (us: number) => ((us * 100) / all).toFixed(1).padStart(5);
const print = (title: string, m: Map<string, number>, filter: (l: string) => boolean) => {
  console.log(`\n${title}`);
  for (const [l, t] of [...m]
    .filter(([l]) => filter(l))
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows))
    console.log(`${ms(t)} ms ${pct(t)} %  ${l}`);
};
console.log(`total ${ms(all)} ms sampled`);
print("self time", self, () => true);
print("inclusive time, project code", total, (l) => / (lib|scripts|app)\//.test(l));
