// POST /api/v1/oauth/token and bearer tokens: body and Basic credentials, a wrong secret, an
// expired token, a revoked client (bites at once) and 401 versus 403.
import { expect, test } from "@playwright/test";
import { signToken } from "@/lib/api/token";
import { API, bearer, call, database, expectProblem, newSupplier, tokenFor } from "./helpers";

const form = (clientId: string, secret: string) => ({
  grant_type: "client_credentials",
  client_id: clientId,
  client_secret: secret,
});

test.describe("the token endpoint", () => {
  test("gives a 15-minute bearer token for credentials in the body or via Basic", async ({ request }) => {
    const body = await request.post(`${API}/oauth/token`, { form: form("edusoft-demo", "edusoft-demo-secret") });
    expect(body.status()).toBe(200);
    expect(body.headers()["cache-control"]).toContain("no-store");
    expect(await body.json()).toEqual({
      access_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      token_type: "Bearer",
      expires_in: 900,
    });

    const basic = await request.post(`${API}/oauth/token`, {
      form: { grant_type: "client_credentials" },
      headers: { Authorization: `Basic ${Buffer.from("schoolwise-demo:schoolwise-demo-secret").toString("base64")}` },
    });
    expect(basic.status()).toBe(200);
    const { access_token } = (await basic.json()) as { access_token: string };
    expect((await call(request, access_token, "instellingen/02CD/meldingen?limit=1")).status()).toBe(200);
  });

  test("answers a wrong secret and an unknown client alike, as invalid_client", async ({ request }) => {
    const wrong = await expectProblem(
      await request.post(`${API}/oauth/token`, { form: form("edusoft-demo", "niet-het-geheim") }),
      401,
    );
    const unknown = await expectProblem(
      await request.post(`${API}/oauth/token`, { form: form("bestaat-niet", "edusoft-demo-secret") }),
      401,
    );
    expect(wrong).toMatchObject({ error: "invalid_client" });
    expect(unknown.detail).toBe(wrong.detail);
  });

  test("refuses another grant type, a missing secret and a JSON body", async ({ request }) => {
    expect(
      await expectProblem(
        await request.post(`${API}/oauth/token`, {
          form: { grant_type: "password", client_id: "edusoft-demo", client_secret: "x" },
        }),
        400,
      ),
    ).toMatchObject({ error: "unsupported_grant_type" });
    expect(
      await expectProblem(
        await request.post(`${API}/oauth/token`, {
          form: { grant_type: "client_credentials", client_id: "edusoft-demo" },
        }),
        400,
      ),
    ).toMatchObject({ error: "invalid_request" });
    await expectProblem(
      await request.post(`${API}/oauth/token`, { data: form("edusoft-demo", "edusoft-demo-secret") }),
      415,
    );
  });
});

test.describe("bearer tokens", () => {
  test("without, garbled or expired: 401 with WWW-Authenticate", async ({ request }) => {
    const none = await request.get(`${API}/instellingen/25AA/meldingen`);
    await expectProblem(none, 401);
    expect(none.headers()["www-authenticate"]).toMatch(/^Bearer /);
    await expectProblem(await request.get(`${API}/instellingen/25AA/meldingen`, { headers: bearer("a.b.c") }), 401);

    const db = database();
    const edusoft = await db.apiClient.findUniqueOrThrow({ where: { clientId: "edusoft-demo" } });
    const expired = signToken({ apiClientId: edusoft.id, clientId: edusoft.clientId }, Date.now() - 16 * 60 * 1000);
    expect(
      (await expectProblem(await call(request, expired.token, "instellingen/25AA/meldingen"), 401)).detail,
    ).toMatch(/verlopen/);
    const fresh = signToken({ apiClientId: edusoft.id, clientId: edusoft.clientId });
    expect((await call(request, fresh.token, "instellingen/25AA/meldingen?limit=1")).status()).toBe(200);
  });

  test("of a revoked client stop working once the database announces it, and it gets no new one", async ({
    request,
  }) => {
    const supplier = await newSupplier(request, [{ brin: "25AA", dienst: "DUO_MBO" }]);
    expect((await call(request, supplier.token, "instellingen/25AA/meldingen?limit=1")).status()).toBe(200);
    // Revoked by another process than the server's (as another instance of the portal would): refused
    // as soon as the database announces the change (its NOTIFY, milliseconds), well within the server's
    // one-second memory of access. A revocation in the portal itself bites on the very next call
    // (e2e/beheer/clients.spec.ts).
    await database().apiClient.update({ where: { id: supplier.apiClientId }, data: { ingetrokkenOp: new Date() } });
    const revoked = () => call(request, supplier.token, "instellingen/25AA/meldingen?limit=1");
    await expect.poll(async () => (await revoked()).status(), { intervals: [5, 10, 20], timeout: 500 }).toBe(401);
    expect((await expectProblem(await revoked(), 401)).detail).toMatch(/ingetrokken/);
    await expectProblem(
      await request.post(`${API}/oauth/token`, { form: form(supplier.clientId, supplier.secret) }),
      401,
    );
  });

  test("401 is for who the caller is, 403 for what it may do", async ({ request }) => {
    const token = await tokenFor(request, "schoolwise-demo", "schoolwise-demo-secret");
    await expectProblem(await call(request, token, "instellingen/25AA/meldingen"), 403);
    await expectProblem(await request.get(`${API}/instellingen/25AA/meldingen`), 401);
  });
});
