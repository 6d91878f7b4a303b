// Serves the built portal with `next start` as a child process, shared by `npm start` and
// `npm run start:prod`. SIGINT/SIGTERM are passed on; with NEXT_MANUAL_SIG_HANDLE the server's own
// handler (lib/server/node-runtime.ts) stops the job workers and closes the database before it exits.
import { spawn } from "node:child_process";

/**
 * The web server's node command line (after `node`), for whatever starts it: `npm start`,
 * `start:prod` and the bench; the Dockerfile's CMD gives the same flag. A young generation of 32 MB
 * instead of 16: every request allocates its Request, streams and JSON afresh, and the scavenges
 * cost 8 % of the server's CPU under api-put (profile), as they did in the job worker.
 */
export function serverArgs(port: string): string[] {
  return ["--max-semi-space-size=32", "node_modules/next/dist/bin/next", "start", "-p", port];
}

export function serve(port: string, env: NodeJS.ProcessEnv = process.env): void {
  const server = spawn(process.execPath, serverArgs(port), {
    stdio: "inherit",
    env: { ...env, NEXT_MANUAL_SIG_HANDLE: "true" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  // Stopped by a signal we forwarded is a clean stop; the server closes the database itself.
  server.on("exit", (code) => process.exit(code ?? 0));
}
