import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // `const { secret, ...rest } = x` is how a field is left out of an object.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] } },
  // Pages and routes load and write through lib/<feature> functions: no Prisma call on the client in
  // app/. (Not no-restricted-imports of @/lib/db: query functions take the client as their first
  // argument so tests can hand them a throwaway database, and pages pass `db` to them.)
  {
    files: ["app/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.object.name=/^(db|tx|prisma)$/]", message: "No Prisma calls in app/: add a query function in lib/<feature>/ and call that." },
        { selector: "CallExpression[callee.object.name=/^(db|tx|prisma)$/][callee.property.name=/^\\$/]", message: "No Prisma calls in app/: add a function in lib/<feature>/ and call that." },
        { selector: "TaggedTemplateExpression[tag.object.name=/^(db|tx|prisma)$/]", message: "No raw SQL in app/: add a function in lib/<feature>/ and call that." },
      ],
    },
  },
  { ignores: [".next/**", "generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
