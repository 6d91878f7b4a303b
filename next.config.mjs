// Next.js configuration: i18n plugin, static security headers (the CSP with its nonce is set per
// request in proxy.ts), and packages that must stay outside the bundle (WASM, native pg).
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The container image (Dockerfile) serves Next's standalone output; `npm start`/`start:prod` do not.
  output: process.env.BUILD_STANDALONE === "1" ? "standalone" : undefined,
  // proxy.ts handles trailing slashes: pages redirect as before, the API answers 404 (api.md).
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "pg",
    "pg-boss",
    "bcryptjs",
    "pino",
    "rate-limiter-flexible",
    // Loaded only when OTEL_EXPORTER_OTLP_ENDPOINT is set (lib/server/telemetry.ts): from node_modules, not bundled.
    "@opentelemetry/sdk-trace-node",
    "@opentelemetry/sdk-metrics",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/exporter-metrics-otlp-http",
    "@opentelemetry/resources",
  ],
  // HSTS is not here: headers() is read at build time, and HSTS is decided where the portal runs
  // (lib/server/hsts.ts, applied by the server hook, proxy.ts and the API wrapper).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
