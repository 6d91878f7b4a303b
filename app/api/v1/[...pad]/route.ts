// Any other path under /api/v1, with any method: a problem+json 404 (with API-Version), not Next's
// HTML page and not a 405 that would suggest the path exists.
import { problem } from "@/lib/api/problem";

async function notFound(request: Request): Promise<Response> {
  return problem(404, "Deze URL bestaat niet in de API; zie /api/v1/openapi.json.", {
    instance: new URL(request.url).pathname,
  });
}

export {
  notFound as GET,
  notFound as HEAD,
  notFound as OPTIONS,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
};
