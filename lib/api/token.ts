// Access tokens of the supplier API: compact JWTs signed with HMAC-SHA256 (RFC 7519), 15 minutes.
// Only this application issues and reads them, so a symmetric key from the environment suffices;
// the client is still looked up on every request, so revoking it ends its tokens at once.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { apiSigningSecret } from "./signing-secret";

export const TOKEN_SECONDS = 15 * 60;
const ISSUER = "bron-portaal";
const AUDIENCE = "bron-api-v1";

export interface TokenClaims {
  iss: string;
  aud: string;
  /** ApiClient.id (not the client_id, which a supplier may see reused after deletion). */
  sub: string;
  client_id: string;
  iat: number;
  exp: number;
  jti: string;
  /** RFC 8705: the thumbprint of the certificate the token is bound to. */
  cnf?: { "x5t#S256": string };
  /** The client's own rate limit (requests/s), so it can be counted before any database work. */
  rl?: number;
}

// Without any configured secret (development on the embedded database) a key per process will do:
// tokens then end with the process, which is what a developer expects.
let devKey: Buffer | undefined;

// The derived key of the secret last seen: deriving it on every request cost 1 % of a PUT's CPU.
let derived: { secret: string; key: Buffer } | undefined;

function signingKey(): Buffer {
  const secret = apiSigningSecret(env);
  if (secret) {
    // Derived, so the API never signs with the very key next-auth uses for sessions.
    if (derived?.secret !== secret)
      derived = { secret, key: createHmac("sha256", secret).update("bron-api-v1-access-token").digest() };
    return derived.key;
  }
  if (env.NODE_ENV === "production")
    throw new Error("API_JWT_SECRET (of een NEXTAUTH_SECRET van minstens 32 tekens) ontbreekt");
  return (devKey ??= randomBytes(32));
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString("base64url");
const HEADER = b64(JSON.stringify({ alg: "HS256", typ: "JWT" }));

function signature(input: string, key = signingKey()): Buffer {
  return createHmac("sha256", key).update(input).digest();
}

export function signToken(
  input: { apiClientId: string; clientId: string; thumbprint?: string | null; rateLimit?: number | null },
  now = Date.now(),
): { token: string; claims: TokenClaims } {
  const iat = Math.floor(now / 1000);
  const claims: TokenClaims = {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: input.apiClientId,
    client_id: input.clientId,
    iat,
    exp: iat + TOKEN_SECONDS,
    jti: randomUUID(),
    ...(input.thumbprint ? { cnf: { "x5t#S256": input.thumbprint } } : {}),
    ...(input.rateLimit ? { rl: input.rateLimit } : {}),
  };
  const body = `${HEADER}.${b64(JSON.stringify(claims))}`;
  return { token: `${body}.${b64(signature(body))}`, claims };
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: "ongeldig" | "verlopen" };

/**
 * Tokens whose signature and claims held, with the key that checked them: a client sends the same
 * token for up to 15 minutes, and checking it again (HMAC, base64, JSON) cost 2.5 % of a PUT's server
 * CPU. Expiry is still judged on every request. Bounded: at the bound all are forgotten, and each
 * token is checked in full once more.
 */
const verified = new Map<string, { key: Buffer; claims: TokenClaims }>();
const VERIFIED_MAX = 10_000;

/** Checks form, algorithm, signature (in constant time), issuer, audience and expiry. */
export function verifyToken(token: string, now = Date.now()): TokenCheck {
  const key = signingKey();
  const known = verified.get(token);
  const checked = known?.key === key ? known.claims : checkToken(token, key);
  if (!checked) return { ok: false, reason: "ongeldig" };
  if (checked.exp <= Math.floor(now / 1000)) return { ok: false, reason: "verlopen" };
  if (known?.key !== key) {
    if (verified.size >= VERIFIED_MAX) verified.clear();
    verified.set(token, { key, claims: checked });
  }
  return { ok: true, claims: checked };
}

/** Form, algorithm, signature (in constant time), issuer and audience: the claims, or null. */
function checkToken(token: string, key: Buffer): TokenClaims | null {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== HEADER) return null;
  const given = Buffer.from(parts[2]!, "base64url");
  const expected = signature(`${parts[0]}.${parts[1]}`, key);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: TokenClaims;
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8")) as TokenClaims;
  } catch {
    return null;
  }
  if (
    claims === null ||
    claims.iss !== ISSUER ||
    claims.aud !== AUDIENCE ||
    typeof claims.sub !== "string" ||
    typeof claims.exp !== "number"
  ) {
    return null;
  }
  return claims;
}

/**
 * A certificate thumbprint as the proxy may pass it (hex with or without colons, or base64url of
 * the SHA-256 digest) in one form: lower-case hex. Anything else is no thumbprint.
 */
export function normalizeThumbprint(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const hex = v.replace(/:/g, "");
  if (/^[0-9a-fA-F]{64}$/.test(hex)) return hex.toLowerCase();
  if (/^[A-Za-z0-9_-]{43}=?$/.test(v)) return Buffer.from(v.replace(/=$/, ""), "base64url").toString("hex");
  return null;
}
