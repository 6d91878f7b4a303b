// The validated environment: the only module that reads process.env (the schema: lib/env-schema.ts).
import { envSchema, type Env } from "@/lib/env-schema";

export type { Env } from "@/lib/env-schema";

function load(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Ongeldige omgevingsvariabelen:\n${problems}`);
  }
  return parsed.data;
}

export const env: Env = load();
