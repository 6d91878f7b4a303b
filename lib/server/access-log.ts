// A hook on Node's http.Server, installed once per server process (lib/server/node-runtime.ts):
// before Next sees a request it gets a request id and the socket's peer address (both overwriting
// whatever a client sent under those names), HSTS when configured, and when the response is done one
// access-log line: method, path without its query (search texts and callback URLs stay out of the
// log), status, duration, request id — and its latency to the metrics (lib/server/telemetry.ts).
import http from "node:http";
import { randomUUID } from "node:crypto";
import { log } from "@/lib/log";
import { REMOTE_ADDRESS_HEADER } from "@/lib/server/client-ip";
import { HSTS_HEADER, HSTS_VALUE, hstsEnabled } from "@/lib/server/hsts";
import { REQUEST_ID_HEADER } from "@/lib/server/request-id";
import { recordRequest } from "@/lib/server/telemetry";

const accessLog = log.child({ source: "http" });

/** Readiness and liveness probes every few seconds would drown the log. */
const QUIET = new Set(["/api/health", "/api/ready"]);

export function prepareRequest(req: http.IncomingMessage, res: http.ServerResponse, options: { hsts: boolean }): void {
  const started = process.hrtime.bigint();
  const requestId = randomUUID();
  req.headers[REQUEST_ID_HEADER] = requestId;
  req.headers[REMOTE_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  res.setHeader("X-Request-Id", requestId);
  if (options.hsts) res.setHeader(HSTS_HEADER, HSTS_VALUE);
  const path = (req.url ?? "/").split("?")[0]!;
  const quiet = QUIET.has(path);
  res.once("finish", () => {
    const ms = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
    recordRequest(ms / 1000, req.method, res.statusCode);
    if (!quiet) accessLog.info({ requestId, method: req.method, path, status: res.statusCode, ms }, "verzoek");
  });
}

const holder = globalThis as unknown as { __bronAccessLog?: boolean };

/**
 * Wraps http.Server's emit, so the hook runs before the server's own request listener (Next's).
 * Idempotent: Next may load the runtime module more than once.
 */
export function installAccessLog(): void {
  if (holder.__bronAccessLog) return;
  holder.__bronAccessLog = true;
  const hsts = hstsEnabled();
  const proto = http.Server.prototype as unknown as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  const emit = proto.emit;
  proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") prepareRequest(args[0] as http.IncomingMessage, args[1] as http.ServerResponse, { hsts });
    return emit.call(this, event, ...args);
  };
}
