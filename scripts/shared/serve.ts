// Serves the built portal with `next start` as a child process, shared by `npm start` and
// `npm run start:prod`. SIGINT/SIGTERM are passed on; with NEXT_MANUAL_SIG_HANDLE the server's own
// handler (lib/server/node-runtime.ts) stops the job workers and closes the database before it exits.
import { spawn } from "node:child_process";

export function serve(port: string, env: NodeJS.ProcessEnv = process.env): void {
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
    stdio: "inherit",
    env: { ...env, NEXT_MANUAL_SIG_HANDLE: "true" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  // Stopped by a signal we forwarded is a clean stop; the server closes the database itself.
  server.on("exit", (code) => process.exit(code ?? 0));
}
