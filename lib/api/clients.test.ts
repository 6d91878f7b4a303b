// API clients against a real database: credentials, revocation and certificate binding bite on the
// very next call, whatever tokens are still out there.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.API_CERT_HEADER = "X-Client-Cert-Sha256";
});

import { hashSecret } from "@/lib/auth/password";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { authenticateBearer, authenticateCredentials, callerFor, readBearer } from "./clients";
import { requireMandate } from "./mandates";
import { signToken } from "./token";

let t: TestDatabase;
const THUMB = "0f".repeat(32);

beforeAll(async () => {
  t = await createTestDatabase();
  const leverancier = await t.db.leverancier.create({ data: { naam: "Testsoft BV" } });
  const secretHash = await hashSecret("geheim-1");
  await t.db.apiClient.createMany({
    data: [
      { clientId: "testsoft", leverancierId: leverancier.id, secretHash },
      { clientId: "testsoft-cert", leverancierId: leverancier.id, secretHash, certThumbprint: THUMB.toUpperCase() },
      { clientId: "testsoft-weg", leverancierId: leverancier.id, secretHash, ingetrokkenOp: new Date() },
    ],
  });
}, 120_000);
afterAll(async () => t?.close());

const headers = (h: Record<string, string> = {}) => new Headers(h);
const bearer = (token: string, h: Record<string, string> = {}) => headers({ Authorization: `Bearer ${token}`, ...h });

describe("client credentials", () => {
  it("accept the right secret and refuse a wrong one, an unknown client and a revoked one alike", async () => {
    expect(await authenticateCredentials(t.db, "testsoft", "geheim-1", headers())).toMatchObject({
      ok: true,
      caller: { clientId: "testsoft", leverancierNaam: "Testsoft BV" },
    });
    const wrong = await authenticateCredentials(t.db, "testsoft", "geheim-2", headers());
    const unknown = await authenticateCredentials(t.db, "bestaat-niet", "geheim-1", headers());
    const revoked = await authenticateCredentials(t.db, "testsoft-weg", "geheim-1", headers());
    expect(wrong).toEqual(unknown);
    expect(revoked).toEqual(unknown);
    expect(wrong.ok).toBe(false);
  });

  it("need the bound certificate's thumbprint in the configured header", async () => {
    expect((await authenticateCredentials(t.db, "testsoft-cert", "geheim-1", headers())).ok).toBe(false);
    expect(
      (
        await authenticateCredentials(
          t.db,
          "testsoft-cert",
          "geheim-1",
          headers({ "X-Client-Cert-Sha256": "aa".repeat(32) }),
        )
      ).ok,
    ).toBe(false);
    expect(
      await authenticateCredentials(t.db, "testsoft-cert", "geheim-1", headers({ "X-Client-Cert-Sha256": THUMB })),
    ).toMatchObject({ ok: true, thumbprint: THUMB });
  });
});

describe("bearer tokens", () => {
  it("work for an active client and stop the moment it is revoked", async () => {
    const client = await t.db.apiClient.findUniqueOrThrow({ where: { clientId: "testsoft" } });
    const { token } = signToken({ apiClientId: client.id, clientId: client.clientId });
    expect(await authenticateBearer(t.db, bearer(token))).toMatchObject({
      ok: true,
      caller: { apiClientId: client.id },
    });
    await t.db.apiClient.update({ where: { id: client.id }, data: { ingetrokkenOp: new Date() } });
    expect(await authenticateBearer(t.db, bearer(token))).toEqual({
      ok: false,
      detail: expect.stringContaining("ingetrokken"),
    });
  });

  it("are refused when missing, expired, or bound to another certificate", async () => {
    const client = await t.db.apiClient.findUniqueOrThrow({ where: { clientId: "testsoft-cert" } });
    expect((await authenticateBearer(t.db, headers())).ok).toBe(false);
    const old = signToken(
      { apiClientId: client.id, clientId: client.clientId, thumbprint: THUMB },
      Date.now() - 16 * 60 * 1000,
    );
    expect(await authenticateBearer(t.db, bearer(old.token, { "X-Client-Cert-Sha256": THUMB }))).toEqual({
      ok: false,
      detail: expect.stringContaining("verlopen"),
    });
    const { token } = signToken({ apiClientId: client.id, clientId: client.clientId, thumbprint: THUMB });
    expect((await authenticateBearer(t.db, bearer(token, { "X-Client-Cert-Sha256": THUMB }))).ok).toBe(true);
    expect((await authenticateBearer(t.db, bearer(token, { "X-Client-Cert-Sha256": "aa".repeat(32) }))).ok).toBe(false);
    expect((await authenticateBearer(t.db, bearer(token))).ok).toBe(false);
  });
});

describe("the school's mandates, read with the client", () => {
  it("come in the same statement as the client, and an ended mandate bites on the next request", async () => {
    const leverancier = await t.db.leverancier.create({ data: { naam: "Mandaatsoft BV" } });
    const client = await t.db.apiClient.create({
      data: { clientId: "mandaatsoft", leverancierId: leverancier.id, secretHash: await hashSecret("geheim-1") },
    });
    const mandaat = await t.db.mandaat.create({
      data: { brin: "25AA", leverancierId: leverancier.id, dienst: "DUO_MBO", begindatum: new Date("2020-01-01") },
    });
    const { token } = signToken({ apiClientId: client.id, clientId: client.clientId });
    const claims = readBearer(bearer(token));
    if (!claims.ok) throw new Error("token invalid");

    const check = await callerFor(t.db, claims.claims, headers(), "25AA");
    if (!check.ok) throw new Error(check.detail);
    expect(check.caller.gelezen).toEqual({
      brin: "25AA",
      school: { brin: "25AA", naam: expect.any(String), sector: "MBO", diensten: ["DUO_MBO"] },
    });
    // requireMandate answers from what was read: the app's default database is not this test's.
    expect(await requireMandate(check.caller, "25AA", "DUO_MBO")).toMatchObject({ brin: "25AA", sector: "MBO" });
    expect(((await requireMandate(check.caller, "25AA", "VERZUIM")) as Response).status).toBe(403);

    await t.db.mandaat.update({ where: { id: mandaat.id }, data: { einddatum: new Date("2021-01-01") } });
    const next = await callerFor(t.db, claims.claims, headers(), "25AA");
    if (!next.ok) throw new Error(next.detail);
    expect(((await requireMandate(next.caller, "25AA", "DUO_MBO")) as Response).status).toBe(403);

    const unknown = await callerFor(t.db, claims.claims, headers(), "99ZZ");
    if (!unknown.ok) throw new Error(unknown.detail);
    expect(unknown.caller.gelezen).toEqual({ brin: "99ZZ", school: null });
    expect(((await requireMandate(unknown.caller, "99ZZ", "DUO_MBO")) as Response).status).toBe(403);
    // Not a brin at all: nothing is looked up.
    const malformed = await callerFor(t.db, claims.claims, headers(), "'; --");
    expect(malformed.ok && malformed.caller.gelezen).toBeUndefined();
  });
});
