// The OpenAPI document against the OpenAPI 3.1 schema, the route files and the Logius API Design
// Rules that can be read from the document itself (the e2e spec checks the running server).
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { apiRoutePaths, propertyNames } from "./app-routes";
import { openApiDocument } from "./document";

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        summary?: string;
        description?: string;
        requestBody?: { content: Record<string, { schema: unknown }> };
        responses: Record<string, unknown>;
      }
    >
  >;
  components: { schemas: Record<string, unknown> };
};
const doc = openApiDocument() as unknown as Doc;

// RFC 6749 fixes these names of the token endpoint; everything else is camelCase (ADR API-14).
const OAUTH_NAMES = new Set(["access_token", "token_type", "expires_in", "grant_type", "client_id", "client_secret"]);

describe("openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(
      JSON.parse(JSON.stringify(doc)) as Parameters<Validator["validate"]>[0],
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("documents every route under app/api/v1, and nothing that is not there", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(apiRoutePaths());
  });

  it("uses camelCase property names", () => {
    const names = [...propertyNames(doc)].filter((n) => !OAUTH_NAMES.has(n));
    expect(names.filter((n) => !/^[a-z][a-zA-Z0-9]*$/.test(n))).toEqual([]);
  });

  it("describes every operation in Dutch and answers errors as problem+json", () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        expect(op.summary, `${method} ${path}`).toBeTruthy();
        expect(op.description, `${method} ${path}`).toMatch(/\b(de|het|een|van|en|is|op|wat|voor)\b/i);
        expect(op.description, `${method} ${path}`).not.toMatch(/\b(the|and|with)\b/i);
        for (const [status, response] of Object.entries(op.responses)) {
          if (Number(status) >= 400)
            expect(Object.keys((response as { content: object }).content), `${method} ${path} ${status}`).toEqual([
              "application/problem+json",
            ]);
        }
      }
    }
  });

  it("has a Dutch description for every field of every request body", () => {
    const missing: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== "object") return;
      const s = node as { properties?: Record<string, { description?: string; anyOf?: unknown[]; items?: unknown }> };
      for (const [name, prop] of Object.entries(s.properties ?? {})) {
        if (!prop.description) missing.push(`${where}.${name}`);
        walk(prop, `${where}.${name}`);
        walk(prop.items, `${where}.${name}[]`);
        (prop.anyOf ?? []).forEach((p) => walk(p, `${where}.${name}`));
      }
      walk((node as { items?: unknown }).items, where);
    };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const content of Object.values(op.requestBody?.content ?? {})) walk(content.schema, `${method} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("lets an optional field be null, as api.md promises", () => {
    const put = doc.paths["/instellingen/{brin}/inschrijvingen/{inschrijvingsvolgnummer}"]!.put!;
    const schema = put.requestBody!.content["application/json"]!.schema as {
      properties: Record<string, { type?: unknown }>;
      required: string[];
    };
    expect(schema.properties.datumUitschrijving!.type).toEqual(["string", "null"]);
    expect(schema.required).toContain("perioden");
    expect(schema.required).not.toContain("datumUitschrijving");
  });
});
