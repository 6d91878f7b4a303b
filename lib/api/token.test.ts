// Access tokens: signed, short-lived, and refused when changed, expired or from another issuer.
import { describe, expect, it } from "vitest";
import { normalizeThumbprint, signToken, TOKEN_SECONDS, verifyToken } from "./token";

const input = { apiClientId: "c0ffee00-0000-4000-8000-000000000001", clientId: "edusoft-demo" };

describe("access tokens", () => {
  it("verify within 15 minutes and carry the client", () => {
    const now = Date.UTC(2026, 10, 23, 8, 0, 0);
    const { token, claims } = signToken(input, now);
    expect(claims.exp - claims.iat).toBe(TOKEN_SECONDS);
    expect(verifyToken(token, now + (TOKEN_SECONDS - 1) * 1000)).toMatchObject({
      ok: true,
      claims: { sub: input.apiClientId, client_id: "edusoft-demo" },
    });
  });

  it("expire after 15 minutes", () => {
    const now = Date.UTC(2026, 10, 23, 8, 0, 0);
    const { token } = signToken(input, now);
    expect(verifyToken(token, now + TOKEN_SECONDS * 1000)).toEqual({ ok: false, reason: "verlopen" });
  });

  it("still expire, and changed copies are still refused, once a token was accepted before", () => {
    const now = Date.UTC(2026, 10, 23, 9, 0, 0);
    const { token } = signToken(input, now);
    expect(verifyToken(token, now).ok).toBe(true);
    expect(verifyToken(token, now + 1000).ok).toBe(true);
    expect(verifyToken(token, now + TOKEN_SECONDS * 1000)).toEqual({ ok: false, reason: "verlopen" });
    const [header, payload, signature] = token.split(".");
    expect(verifyToken(`${header}.${payload}.${signature!.slice(0, -2)}AA`, now)).toEqual({
      ok: false,
      reason: "ongeldig",
    });
  });

  it("are refused when a claim or the signature is changed, or the algorithm is none", () => {
    const { token } = signToken(input);
    const [header, payload, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), sub: "someone-else" }),
    ).toString("base64url");
    expect(verifyToken(`${header}.${forged}.${signature}`).ok).toBe(false);
    expect(verifyToken(`${header}.${payload}.${signature!.slice(0, -2)}AA`).ok).toBe(false);
    const none = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
    expect(verifyToken(`${none}.${payload}.`).ok).toBe(false);
    expect(verifyToken("not-a-token").ok).toBe(false);
  });

  it("bind to a certificate thumbprint in any of its usual spellings", () => {
    const hex = "ab".repeat(32);
    expect(normalizeThumbprint(hex.toUpperCase())).toBe(hex);
    expect(normalizeThumbprint(hex.match(/../g)!.join(":"))).toBe(hex);
    expect(normalizeThumbprint(Buffer.from(hex, "hex").toString("base64url"))).toBe(hex);
    expect(normalizeThumbprint("geen-vingerafdruk")).toBeNull();
    expect(normalizeThumbprint(undefined)).toBeNull();
  });
});
