// start:prod's checks: every problem named at once, and the real script refusing to start without
// a PostgreSQL DATABASE_URL; API tokens never signed with a short NEXTAUTH_SECRET.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { apiSigningSecret } from "@/lib/api/signing-secret";
import { demoWanted } from "@/prisma/first-start";
import { productionEnvProblems } from "./production-env";

const LONG = "x".repeat(40);
const complete = {
  DATABASE_URL: "postgresql://bron@db:5432/bron",
  NEXTAUTH_SECRET: LONG,
  NEXTAUTH_URL: "https://bron.example.nl",
};

describe("productionEnvProblems", () => {
  it("accepts a complete environment", () => {
    expect(productionEnvProblems(complete)).toEqual([]);
    expect(
      productionEnvProblems({ ...complete, NEXTAUTH_SECRET: "s".repeat(16), API_JWT_SECRET: "k".repeat(32) }),
    ).toEqual([]);
  });

  it("names every missing piece at once", () => {
    const problems = productionEnvProblems({});
    expect(problems.join("\n")).toMatch(/DATABASE_URL/);
    expect(problems.join("\n")).toMatch(/NEXTAUTH_SECRET/);
    expect(problems.join("\n")).toMatch(/NEXTAUTH_URL/);
    expect(problems.join("\n")).toMatch(/API_JWT_SECRET/);
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });

  it("refuses a database that is not PostgreSQL, a short signing key, and DEMO=true", () => {
    expect(productionEnvProblems({ ...complete, DATABASE_URL: "file:./dev.db" }).join()).toMatch(/geen PostgreSQL/);
    expect(productionEnvProblems({ ...complete, NEXTAUTH_SECRET: "s".repeat(20) }).join()).toMatch(/API_JWT_SECRET/);
    expect(productionEnvProblems({ ...complete, DEMO: "true" }).join()).toMatch(/DEMO=true/);
  });

  it("passes on the app's own rules for what is set", () => {
    expect(productionEnvProblems({ ...complete, TRUSTED_PROXIES: "veel" }).join()).toMatch(/TRUSTED_PROXIES/);
  });
});

describe("apiSigningSecret", () => {
  it("never falls back to a NEXTAUTH_SECRET shorter than 32 characters", () => {
    expect(apiSigningSecret({ NEXTAUTH_SECRET: "s".repeat(16) })).toBeUndefined();
    expect(apiSigningSecret({ NEXTAUTH_SECRET: "s".repeat(31) })).toBeUndefined();
    expect(apiSigningSecret({ NEXTAUTH_SECRET: "s".repeat(32) })).toBe("s".repeat(32));
    expect(apiSigningSecret({ API_JWT_SECRET: "k".repeat(32), NEXTAUTH_SECRET: LONG })).toBe("k".repeat(32));
  });
});

describe("demo data on an empty database", () => {
  it("always on the embedded default; on PostgreSQL only when asked for", () => {
    expect(demoWanted({ target: "pglite", argv: [] })).toBe(true);
    expect(demoWanted({ target: "postgres", argv: [] })).toBe(false);
    expect(demoWanted({ target: "postgres", argv: [], demoEnv: "false" })).toBe(false);
    expect(demoWanted({ target: "postgres", argv: ["--demo"] })).toBe(true);
    expect(demoWanted({ target: "postgres", argv: [], demoEnv: "true" })).toBe(true);
  });
});

describe("npm run start:prod", () => {
  it("without DATABASE_URL exits 1 naming it, before touching anything", () => {
    const { DATABASE_URL: _omit, ...inherited } = process.env;
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start-prod.ts"], {
      env: {
        ...inherited,
        NEXTAUTH_SECRET: LONG,
        NEXTAUTH_URL: "https://bron.example.nl",
        PGLITE_DIR: "/nonexistent/never-created",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL ontbreekt/);
    expect(result.stdout).not.toMatch(/Migraties/);
  });
});
