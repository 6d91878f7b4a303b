// `npm run db:*`: deploy, status, create a migration, drift check — all offline.
import { databaseTarget } from "@/lib/db/adapter";
import { createMigration, deployMigrations, migrationDrift, migrationStatus } from "@/lib/db/migrate";

async function main(command: string | undefined, arg: string | undefined): Promise<number> {
  switch (command) {
    case "deploy": {
      const applied = await deployMigrations(databaseTarget());
      console.log(applied.length ? `Toegepast: ${applied.join(", ")}` : "Geen openstaande migraties.");
      return 0;
    }
    case "status": {
      console.log(JSON.stringify(await migrationStatus(databaseTarget()), null, 2));
      return 0;
    }
    case "migration": {
      if (!arg || !/^[a-z0-9_]+$/.test(arg)) {
        console.error("Gebruik: npm run db:migration -- <naam_in_kleine_letters>");
        return 2;
      }
      const created = await createMigration(arg);
      console.log(
        created ? `Aangemaakt: prisma/migrations/${created}/migration.sql` : "Schema en migraties zijn al gelijk.",
      );
      return 0;
    }
    case "drift": {
      const drift = await migrationDrift();
      if (drift) {
        console.error(
          `Het schema wijkt af van de migraties; maak een migratie (npm run db:migration -- <naam>):\n${drift}`,
        );
        return 1;
      }
      console.log("Schema en migraties zijn gelijk.");
      return 0;
    }
    default:
      console.error("Gebruik: tsx lib/db/cli.ts deploy|status|migration <naam>|drift");
      return 2;
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
