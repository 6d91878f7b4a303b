// Server start-up hooks: background workers and a clean shutdown (lib/server/node-runtime.ts), and
// every unhandled request error logged as one JSON line with its request id (clients only ever see
// a generic message).
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startNodeRuntime } = await import("@/lib/server/node-runtime");
    await startNodeRuntime();
  }
}

export const onRequestError: Instrumentation.onRequestError = (error, request) => {
  const headers = request.headers as Record<string, string | string[] | undefined>;
  const err = error as Error & { digest?: string };
  console.error(
    JSON.stringify({
      level: "error",
      requestId: headers["x-request-id"],
      method: request.method,
      path: request.path.replace(/\d{9}/g, "*********"), // never a PGN in the logs
      digest: err.digest,
      message: err.message,
      stack: err.stack,
    }),
  );
};
