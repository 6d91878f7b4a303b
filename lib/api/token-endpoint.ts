// POST /api/v1/oauth/token (RFC 6749 §4.4, client credentials): credentials in the form body or
// HTTP Basic → a 15-minute access token. Errors are problem+json that also carry RFC 6749's
// `error` member, so both OAuth libraries and problem+json readers understand them.
import type { PrismaClient } from "@/generated/prisma/client";
import { authRateLimits, type AuthRateLimits } from "@/lib/auth/rate-limits";
import { db as appDb } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddressOf } from "@/lib/server/client-ip";
import { authenticateCredentials } from "./clients";
import { json, problem } from "./problem";
import { signToken, TOKEN_SECONDS } from "./token";

const MAX_FORM_BYTES = 8 * 1024;

const oauthError = (status: number, error: string, detail: string, headers?: HeadersInit) =>
  problem(status, detail, { headers, extra: { error, error_description: detail } });

/** client_id and secret from `Authorization: Basic` (RFC 6749 §2.3.1: each form-urlencoded). */
function basicCredentials(header: string | null): { clientId: string; secret: string } | null | "invalid" {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header ?? "");
  if (!match) return header && /^Basic /i.test(header) ? "invalid" : null;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return "invalid";
  try {
    const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
    return { clientId: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
  } catch {
    return "invalid";
  }
}

const slowDown = (retryAfterSeconds: number) =>
  oauthError(429, "slow_down", "Te veel tokenaanvragen; probeer het over een moment opnieuw.", {
    "Retry-After": String(retryAfterSeconds),
  });

/** `deps` for tests: their own database and limits; the server's by default. */
export async function issueToken(
  request: Request,
  deps: { db?: PrismaClient; limits?: AuthRateLimits; trustedProxies?: number } = {},
): Promise<Response> {
  const db = deps.db ?? appDb;
  const limits = deps.limits ?? authRateLimits();
  // The client address's limit before anything else is read or parsed.
  const perAddress = await limits.address(clientAddressOf(request.headers, deps.trustedProxies ?? env.TRUSTED_PROXIES));
  if (!perAddress.ok) return slowDown(perAddress.retryAfterSeconds);
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    return oauthError(
      415,
      "invalid_request",
      "Stuur het verzoek als formulier (Content-Type: application/x-www-form-urlencoded).",
    );
  }
  if (Number(request.headers.get("content-length") ?? "0") > MAX_FORM_BYTES)
    return oauthError(413, "invalid_request", "Het verzoek is te groot.");
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) return oauthError(413, "invalid_request", "Het verzoek is te groot.");
  const form = new URLSearchParams(text);
  if (form.get("grant_type") !== "client_credentials") {
    return oauthError(400, "unsupported_grant_type", "Alleen grant_type=client_credentials wordt ondersteund.");
  }
  const basic = basicCredentials(request.headers.get("authorization"));
  if (basic === "invalid") return oauthError(400, "invalid_request", "De Basic-authenticatie is onleesbaar.");
  if (basic && (form.has("client_id") || form.has("client_secret")) && form.get("client_id") !== basic.clientId) {
    return oauthError(
      400,
      "invalid_request",
      "Geef de clientgegevens óf in de body óf via Basic-authenticatie, niet allebei verschillend.",
    );
  }
  const clientId = basic?.clientId ?? form.get("client_id") ?? "";
  const secret = basic?.secret ?? form.get("client_secret") ?? "";
  if (!clientId || !secret) return oauthError(400, "invalid_request", "client_id en client_secret zijn verplicht.");

  // Guessing a secret costs a slow hash per try: the global limit is taken right before it.
  let retryAfter = 1;
  const check = await authenticateCredentials(db, clientId, secret, request.headers, async () => {
    const global = await limits.global();
    if (!global.ok) retryAfter = global.retryAfterSeconds;
    return global.ok;
  });
  if (!check.ok) {
    if ("limited" in check) return slowDown(retryAfter);
    return oauthError(
      401,
      "invalid_client",
      check.detail,
      basic ? { "WWW-Authenticate": 'Basic realm="bron-api"' } : undefined,
    );
  }
  const { token } = signToken({
    apiClientId: check.caller.apiClientId,
    clientId: check.caller.clientId,
    thumbprint: check.thumbprint,
    rateLimit: check.caller.rateLimit,
  });
  return json(200, { access_token: token, token_type: "Bearer", expires_in: TOKEN_SECONDS }, { Pragma: "no-cache" });
}
