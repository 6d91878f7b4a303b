// Runs before every page: sets the per-request CSP nonce, request id and (HSTS=true) HSTS, and sends visitors without
// a session cookie to the sign-in page. It decides nothing else: pages check access themselves.
// It also owns trailing slashes (next.config.mjs skips Next's own redirect): a page URL with one is
// redirected to the URL without, an API URL with one is a 404 (api.md, the Logius rules).
import { NextResponse, type NextRequest } from "next/server";
import { problem } from "@/lib/api/problem";
import { env } from "@/lib/env";
import { applyHsts } from "@/lib/server/hsts";
import { requestIdOf } from "@/lib/server/request-id";

const PROTECTED = ["/instelling", "/beheer", "/osr"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function contentSecurityPolicy(nonce: string): string {
  const dev = env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes (charts, progress bars); scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const response = route(request);
  applyHsts(response.headers);
  return response;
}

function route(request: NextRequest): Response {
  const { pathname, search } = request.nextUrl;
  if (pathname.length > 1 && pathname.endsWith("/")) {
    if (pathname.startsWith("/api/"))
      return problem(404, "Deze URL bestaat niet: laat de slash aan het eind weg.", { instance: pathname });
    return NextResponse.redirect(new URL(`${pathname.replace(/\/+$/, "") || "/"}${search}`, request.url), 308);
  }
  const isProtected = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isProtected && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const url = new URL("/inloggen", request.url);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  // The server hook's id when there is one, so the access log and this response name the same request.
  const requestId = requestIdOf(request.headers);
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  // Next reads the nonce for its own scripts from the request's CSP header.
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

export const config = {
  // Pages only: API routes, static files and images carry the static headers of next.config.mjs.
  // The upload route is left out too: behind a proxy Next buffers a request body and cuts it at
  // 10 MB, and uploads go up to 200 MB. That handler checks the session itself (401 as JSON).
  // Of the API only URLs that end in a slash come here, to be answered with a 404.
  matcher: [
    { source: "/((?!api/|_next/static|_next/image|favicon.ico|instelling/[^/]+/uploads/bestand$).*)" },
    { source: "/api/(.*)/" },
  ],
};
