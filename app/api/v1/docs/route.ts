// GET /api/v1/docs: the OpenAPI document as a readable page (server-rendered, no scripts).
import { randomBytes } from "node:crypto";
import { publicRoute } from "@/lib/api/handler";
import { docsPage } from "@/lib/api/openapi/docs-page";
import { openApiDocument } from "@/lib/api/openapi/document";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = publicRoute({
  async GET() {
    const nonce = randomBytes(16).toString("base64");
    const html = docsPage(openApiDocument() as Parameters<typeof docsPage>[0], nonce);
    return new Response(html, {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        // A page of text: no scripts at all, only its own stylesheet.
        "Content-Security-Policy": `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      },
    });
  },
});
