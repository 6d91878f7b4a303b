// Builds the production bundle when the sources changed since the last build (or there is none):
// `npm start` and the benchmark both serve what `next build` made of the current tree.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

function fingerprint(): string {
  const hash = crypto.createHash("sha256");
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${full}:${fs.statSync(full).mtimeMs}\n`);
    }
  };
  for (const dir of ["app", "components", "lib", "public", "generated"]) walk(dir);
  for (const file of [
    "prisma/schema.prisma",
    "package-lock.json",
    "next.config.mjs",
    "proxy.ts",
    "instrumentation.ts",
    "postcss.config.mjs",
  ]) {
    if (fs.existsSync(file)) hash.update(`${file}:${fs.statSync(file).mtimeMs}\n`);
  }
  return hash.digest("hex");
}

/** Runs `next build` unless .next holds a build of exactly this tree; exits the process when it fails. */
export function ensureBuild(env: NodeJS.ProcessEnv = process.env): void {
  const stamp = path.resolve(".next/bron-fingerprint");
  const current = fingerprint();
  if (fs.existsSync(".next/BUILD_ID") && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === current) return;
  console.log("De portal wordt gebouwd (eenmalig, ongeveer een minuut)…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, current);
}
