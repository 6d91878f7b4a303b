// embedded-100k: the upload path on the embedded default (PGlite), in a process of its own whose
// memory is sampled while the upload runs.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { rssSampler, round, type Result } from "./measure";
import type { UploadFigures } from "./upload";

export async function embedded(rows: number, seed: number, inheritedEnv: NodeJS.ProcessEnv): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bron-bench-embedded-"));
  const env: NodeJS.ProcessEnv = { ...inheritedEnv, PGLITE_DIR: path.join(dir, "pglite") };
  delete env.DATABASE_URL;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/bench/embedded-child.ts", String(rows), String(seed), dir],
    { env, stdio: ["ignore", "pipe", "inherit"] },
  );
  const rss = rssSampler(child.pid!, 100, { tree: false });
  try {
    const figures = await new Promise<UploadFigures>((resolve, reject) => {
      let buffer = "";
      child.stdout!.on("data", (data: Buffer) => {
        buffer += data.toString();
        let newline: number;
        while ((newline = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          if (line === "phase upload") rss.reset();
          if (line.startsWith("result ")) resolve(JSON.parse(line.slice(7)) as UploadFigures);
        }
      });
      child.once("exit", (code) => reject(new Error(`embedded-100k stopte zonder resultaat (exit ${code}).`)));
    });
    const peakRssMb = rss.peakMb();
    return {
      scenario: "embedded-100k",
      meldingen: figures.meldingen,
      rijen: figures.rijen,
      seconds: round(figures.seconds, 2),
      perSecond: Math.round(figures.meldingen / figures.seconds),
      peakRssMb,
      status: figures.status,
    };
  } finally {
    rss.stop();
    if (child.exitCode === null) child.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
