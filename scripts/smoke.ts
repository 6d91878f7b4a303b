// Start-up smoke test of the embedded default, as a new user runs it: `npm start` without
// DATABASE_URL on an empty data folder → serves, a demo account signs in, and it shuts down cleanly.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { signIn, waitForServer } from "./shared/sign-in";

const port = process.env.SMOKE_PORT ?? "3300";
const base = `http://localhost:${port}`;
const dataDir = ".data/smoke/pglite";
const results: { name: string; ok: boolean; detail?: string }[] = [];
const check = (name: string, ok: boolean, detail?: string) => {
  results.push({ name, ok, detail });
  console.log(`${ok ? "✓" : "✗"} ${name}${detail ? ` — ${detail}` : ""}`);
};

async function main() {
  fs.rmSync(".data/smoke", { recursive: true, force: true });
  // As a new user's shell: no DATABASE_URL, no NODE_ENV.
  const inherited = Object.entries(process.env).filter(([key]) => key !== "DATABASE_URL" && key !== "NODE_ENV");
  const env: Record<string, string | undefined> = { ...Object.fromEntries(inherited), PORT: port, PGLITE_DIR: dataDir };
  const started = Date.now();
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: env as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "inherit", "inherit"],
  });
  let exitCode: number | null = null;
  const exited = new Promise<void>((resolve) => server.on("exit", (code) => ((exitCode = code), resolve())));

  const up = await waitForServer(`${base}/inloggen`, 300_000);
  check(
    "npm start serves the sign-in page on the embedded database",
    up,
    `${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (up) {
    const cookie = await signIn(base, "beheer@roc-horizon.example", "demo");
    check("a demo account signs in", cookie.includes("session-token"));
    const page = await fetch(`${base}/instelling/25AA`, { headers: { cookie }, redirect: "manual" });
    const html = await page.text();
    check(
      "its institution portal shows the seeded reference data",
      page.status === 200 && html.includes("ROC Horizon"),
      `HTTP ${page.status}`,
    );
  }
  const stopAt = Date.now();
  server.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
  const stopMs = Date.now() - stopAt;
  check(
    "it stops on SIGTERM within 5 s with exit code 0 (PGlite closed)",
    exitCode === 0 && stopMs < 5000,
    `exit ${exitCode} after ${stopMs} ms`,
  );
  if (exitCode === null) server.kill("SIGKILL");

  const failed = results.filter((r) => !r.ok).length;
  console.log(`Smoke: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
