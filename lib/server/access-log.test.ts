// The server hook: every request gets our request id and the socket's peer address before the
// app's listener runs, overwriting what a client sent under those names; HSTS when configured.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { HSTS_VALUE } from "./hsts";
import { installAccessLog, prepareRequest } from "./access-log";
import { REMOTE_ADDRESS_HEADER } from "./client-ip";

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function listen(listener: http.RequestListener): Promise<string> {
  const server = http.createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const echo: http.RequestListener = (req, res) => {
  res.setHeader("Content-Type", "application/json");
  res.end(JSON.stringify({ requestId: req.headers["x-request-id"], remote: req.headers[REMOTE_ADDRESS_HEADER] }));
};

describe("access-log hook", () => {
  it("sets HSTS on every response when configured", async () => {
    const url = await listen((req, res) => {
      prepareRequest(req, res, { hsts: true });
      res.end("ok");
    });
    expect((await fetch(url)).headers.get("strict-transport-security")).toBe(HSTS_VALUE);
  });

  it("runs before the server's own listener: our request id and the real peer, whatever the client sent", async () => {
    installAccessLog();
    installAccessLog(); // a second install changes nothing
    const url = await listen(echo);
    const response = await fetch(`${url}/iets?q=Jansen`, {
      headers: { "X-Request-Id": "gekozen", [REMOTE_ADDRESS_HEADER]: "1.2.3.4", "X-Forwarded-For": "5.6.7.8" },
    });
    const body = (await response.json()) as { requestId: string; remote: string };
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-request-id")).toBe(body.requestId);
    expect(body.remote).toMatch(/127\.0\.0\.1$/);
  });
});
