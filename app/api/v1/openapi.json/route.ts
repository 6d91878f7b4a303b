// GET /api/v1/openapi.json: the OpenAPI 3.1 document, without authentication, CORS for everyone.
import { publicRoute } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi/document";
import { json } from "@/lib/api/problem";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = publicRoute(
  { GET: async () => json(200, openApiDocument(), { "Cache-Control": "public, max-age=300" }) },
  { cors: true },
);
