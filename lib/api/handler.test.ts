// The operation wrapper's checks before any database work: path parameters (404), the query that
// decides the service (400, first value of a repeated parameter), and thrown problems as problem+json.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ClientCallContext } from "./handler";
import { operation } from "./handler";
import { ApiProblem, problem } from "./problem";

const ctx = (url: string, params: Record<string, string>) =>
  ({
    request: new NextRequest(url),
    params,
    requestId: "r",
    responseHeaders: new Headers(),
    caller: {},
  }) as unknown as ClientCallContext<Record<string, string>>;

async function thrown(promise: Promise<unknown>): Promise<ApiProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error("no problem thrown");
}

describe("operation", () => {
  it("answers a bad path parameter with 404, the schema's message and the path", async () => {
    const op = operation({
      params: z.object({ dienst: z.enum(["A", "B"], { error: "Onbekende dienst." }) }),
      handle: async () => new Response("ok"),
    });
    const p = await thrown(op(ctx("http://x/api/v1/osr/instellingen/25AA/endpoints/C", { brin: "25AA", dienst: "C" })));
    expect([p.status, p.detail, p.options.instance]).toEqual([
      404,
      "Onbekende dienst.",
      "/api/v1/osr/instellingen/25AA/endpoints/C",
    ]);
  });

  it("reads the first value of a query parameter and answers a bad one with 400", async () => {
    const op = operation({
      query: z.object({ soort: z.enum(["a", "b"], { error: "Geef het soort." }) }),
      handle: async ({ query }) => new Response(query.soort),
    });
    expect(await (await op(ctx("http://x/p?soort=b&soort=z", { brin: "25AA" }))).text()).toBe("b");
    const p = await thrown(op(ctx("http://x/p?soort=z&soort=b", { brin: "25AA" })));
    expect([p.status, p.detail, p.options.instance]).toEqual([400, "Geef het soort.", undefined]);
    expect((await thrown(op(ctx("http://x/p", { brin: "25AA" })))).detail).toBe("Geef het soort.");
  });

  it("hands parsed path parameters to the handler beside the raw ones", async () => {
    const op = operation({
      params: z.object({ dienst: z.enum(["A"]) }),
      handle: async ({ params }) => Response.json(params),
    });
    expect(await (await op(ctx("http://x/p", { brin: "25AA", dienst: "A" }))).json()).toEqual({
      brin: "25AA",
      dienst: "A",
    });
  });
});

describe("ApiProblem", () => {
  it("answers exactly what problem() answers", async () => {
    const options = { instance: "/a", extra: { invalidParams: [{ name: "/x", code: "F01", reason: "leeg" }] } };
    const a = new ApiProblem(422, "Afgekeurd.", options).toResponse();
    const b = problem(422, "Afgekeurd.", options);
    expect(a.status).toBe(b.status);
    expect([...a.headers]).toEqual([...b.headers]);
    expect(await a.text()).toBe(await b.text());
  });

  it("passes an already built answer through", () => {
    const built = problem(413, "Te groot.");
    expect(ApiProblem.of(built).toResponse()).toBe(built);
  });
});
