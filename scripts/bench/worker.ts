// The benchmark's job worker: a process that runs the background jobs (uploads, recomputes) exactly
// as a server instance does (lib/server/node-runtime.ts), without serving pages, so its memory is
// the processing's own. Prints "ready" once its workers run; stops cleanly on SIGTERM.
import { startNodeRuntime } from "@/lib/server/node-runtime";

await startNodeRuntime();
console.log("ready");
