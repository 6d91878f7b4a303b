import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // `const { secret, ...rest } = x` is how a field is left out of an object.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] } },
  {
    rules: {
      // One validated environment (STYLE.md): lib/env.ts reads process.env through its zod schema.
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read the environment through lib/env.ts (add the variable to lib/env-schema.ts).",
        },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // The env module itself; tooling that runs outside the app (config files, CLI scripts, tests,
    // Playwright); instrumentation.ts, whose NEXT_RUNTIME Next inlines per runtime.
    files: [
      "lib/env.ts",
      "lib/env-schema.ts",
      "*.config.{ts,mjs}",
      "instrumentation.ts",
      "scripts/**",
      "e2e/**",
      "**/*.test.ts",
      "lib/testing/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  // Pages and routes load and write through lib/<feature> functions: no Prisma call on the client in
  // app/. (Not no-restricted-imports of @/lib/db: query functions take the client as their first
  // argument so tests can hand them a throwaway database, and pages pass `db` to them.)
  {
    files: ["app/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.object.name=/^(db|tx|prisma)$/]",
          message: "No Prisma calls in app/: add a query function in lib/<feature>/ and call that.",
        },
        {
          selector: "CallExpression[callee.object.name=/^(db|tx|prisma)$/][callee.property.name=/^\\$/]",
          message: "No Prisma calls in app/: add a function in lib/<feature>/ and call that.",
        },
        {
          selector: "TaggedTemplateExpression[tag.object.name=/^(db|tx|prisma)$/]",
          message: "No raw SQL in app/: add a function in lib/<feature>/ and call that.",
        },
      ],
    },
  },
  {
    ignores: [
      ".next/**",
      "generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
