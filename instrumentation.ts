// Server start-up hooks: the access log, background workers and a clean shutdown
// (lib/server/node-runtime.ts), and every unhandled request error logged as one JSON line with its
// request id through lib/log.ts (clients only ever see a generic message).
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startNodeRuntime } = await import("@/lib/server/node-runtime");
    await startNodeRuntime();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request) => {
  const headers = request.headers as Record<string, string | string[] | undefined>;
  const fields = {
    source: "next",
    requestId: headers["x-request-id"],
    method: request.method,
    path: request.path.split("?")[0],
    err: error,
  };
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The logger masks PGNs in every string (path, message, stack) and censors secrets.
    const { log } = await import("@/lib/log");
    log.error(fields, "Onverwerkte fout bij een verzoek");
  } else {
    const err = error as Error & { digest?: string };
    const mask = (text: string | undefined) => text?.replace(/\d{9}/g, "*********");
    console.error(
      JSON.stringify({
        level: "error",
        ...fields,
        path: mask(fields.path),
        err: undefined,
        digest: err.digest,
        message: mask(err.message),
      }),
    );
  }
};
