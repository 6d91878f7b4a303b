// Server start-up hooks: close the embedded database on shutdown, and log every unhandled request
// error as one JSON line with its request id (clients only ever see a generic message).
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("@/lib/server/shutdown");
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
