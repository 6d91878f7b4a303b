// The environment's schema (lib/env.ts reads process.env through it; scripts/start-prod.ts checks
// an environment with it before anything is imported that would throw on the first problem).
import { z } from "zod";

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // Set → PostgreSQL (production, CI). Unset → embedded PGlite in PGLITE_DIR.
    DATABASE_URL: z.string().url().optional(),
    PGLITE_DIR: z.string().default(".data/pglite"),
    NEXTAUTH_SECRET: z.string().min(16).optional(),
    NEXTAUTH_URL: z.string().url().optional(),
    // Password sign-in (Credentials). Production with OIDC can switch it off.
    AUTH_PASSWORDS: bool.default(true),
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_NAME: z.string().default("Inloggen via uw organisatie"),
    // HSTS only where the deployment serves HTTPS; read at run time (lib/server/hsts.ts).
    HSTS: bool.default(false),
    LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
    // Demo accounts and data on PostgreSQL too (the embedded default always has them); never with start:prod.
    DEMO: bool.default(false),
    // Sign-in and token requests per minute per client address, and password hashes per minute in total.
    AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(60),
    AUTH_RATE_LIMIT_GLOBAL: z.coerce.number().int().min(1).max(1_000_000).default(300),
    // How many proxies in front of the portal append to X-Forwarded-For (0: the socket's peer is the client).
    TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
    // Traces and metrics over OTLP/HTTP when set; nothing is exported otherwise.
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
    // Supplier API (api.md): the key that signs access tokens (default: derived from NEXTAUTH_SECRET
    // when that is 32 characters or more, lib/api/signing-secret.ts),
    // requests per second per client, and the header in which the TLS-terminating proxy passes the
    // SHA-256 thumbprint of the client certificate (unset: clients bound to a certificate are refused).
    API_JWT_SECRET: z.string().min(32).optional(),
    API_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(50),
    API_CERT_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/)
      .optional(),
    // Push of berichten to suppliers' endpoints (lib/push): deliveries to loopback, private and
    // link-local addresses are refused unless this is set (tests, on-premise set-ups); and how often
    // the dispatcher looks for new berichten and due retries.
    PUSH_ALLOW_PRIVATE: bool.default(false),
    PUSH_INTERVAL_MS: z.coerce.number().int().min(200).max(60_000).default(2000),
    // Whether this process runs the background jobs (uploads, recomputes, push, the funding counts).
    // `false` for web instances when `npm run worker` runs them in a process of its own: an upload's
    // CPU then never stalls the API's answers. Only on PostgreSQL (PGlite admits one process).
    JOB_WORKERS: bool.default(true),
    // The migration engine's own messages on stderr (lib/db/migrate.ts), when set to anything.
    MIGRATE_DEBUG: z.string().optional(),
  })
  // Sessions cannot be signed without a key; `next build` itself does not need one.
  .refine(
    (e) => e.NODE_ENV !== "production" || e.NEXTAUTH_SECRET || process.env.NEXT_PHASE === "phase-production-build",
    {
      message: "NEXTAUTH_SECRET is verplicht in productie (minstens 16 tekens)",
      path: ["NEXTAUTH_SECRET"],
    },
  )
  .refine((e) => e.JOB_WORKERS || e.DATABASE_URL, {
    message:
      "JOB_WORKERS=false vraagt PostgreSQL (DATABASE_URL): de ingebouwde database laat geen apart werkproces toe",
    path: ["JOB_WORKERS"],
  })
  .refine((e) => !e.OIDC_ISSUER || (e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET), {
    message: "OIDC_ISSUER vraagt ook OIDC_CLIENT_ID en OIDC_CLIENT_SECRET",
    path: ["OIDC_ISSUER"],
  });

export type Env = z.infer<typeof envSchema>;

/** Every problem of `source` as a line each ("NAME: message"); empty when it is valid. */
export function envProblems(source: Record<string, string | undefined>): string[] {
  const parsed = envSchema.safeParse(source);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
