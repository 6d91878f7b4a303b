// Vitest global setup: names the template database of this run (lib/testing/database.ts migrates it on
// first use) and drops it, with its bare twin, when the run ends. Without DATABASE_URL: nothing.
import pg from "pg";
import { TEMPLATE_ENV, testDatabasePrefix, testPostgresUrl } from "@/lib/testing/database";

export default function setup(): (() => Promise<void>) | undefined {
  const baseUrl = testPostgresUrl();
  if (!baseUrl) return undefined;
  const template = `${testDatabasePrefix(baseUrl)}_tpl_${process.pid}`;
  process.env[TEMPLATE_ENV] = template;
  return async () => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      for (const name of [template, `${template}_bare`, `${template}_tmp`])
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}
