// POST /api/v1/oauth/token: OAuth 2.0 client credentials → a 15-minute bearer token.
import { publicRoute } from "@/lib/api/handler";
import { issueToken } from "@/lib/api/token-endpoint";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = publicRoute({
  POST: ({ request }) => issueToken(request),
});
