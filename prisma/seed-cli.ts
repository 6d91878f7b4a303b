// `npm run db:seed [-- --demo]`: reference data, and with --demo the demo accounts of access.md.
import { closeDb, getDb } from "@/lib/db";
import { seed } from "./seed";

const demo = process.argv.includes("--demo");
seed(getDb(), { demo })
  .then(() => console.log(demo ? "Referentiegegevens en demo-accounts geladen." : "Referentiegegevens geladen."))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
