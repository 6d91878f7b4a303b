// `npm run worker`'s command line as package.json has it, for whatever starts the worker by its own
// node (the bench, which samples the worker's memory by pid; the worker's test): one place for the
// worker's node flags, so what is measured and tested is what an operator runs.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The node arguments of `npm run worker` (everything after `node`). */
export function workerArgs(root = process.cwd()): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = (pkg.scripts.worker ?? "").split(/\s+/);
  if (command !== "node") throw new Error(`npm run worker begint niet met node: ${pkg.scripts.worker}`);
  return args;
}
