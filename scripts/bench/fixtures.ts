// What the benchmark adds to its database besides the demo data: an uploader for every mbo school,
// and a supplier with an API client whose rate limit is far above anything the bench sends (the
// measurement is of the portal, not of the limiter), mandated for every mbo school.
import type { PrismaClient } from "@/generated/prisma/client";
import { hashSecret } from "@/lib/auth/password";

export const BENCH_UPLOADER = "bench@bench.example";
export const BENCH_CLIENT = { clientId: "bench-client", secret: "bench-client-secret-0123456789" };
/** Requests per second allowed to the bench client: no throttling at any rate the bench reaches. */
export const BENCH_RATE_LIMIT = 100_000;
const MBO = ["25AA", "25BB", "25CC"];

export async function createFixtures(db: PrismaClient): Promise<{ uploaderId: string }> {
  const uploader = await db.gebruiker.create({
    data: {
      email: BENCH_UPLOADER,
      naam: "Benchmark",
      rol: "INSTELLING_BEHEERDER",
      wachtwoordHash: await hashSecret("bench"),
      instellingen: { create: MBO.map((brin) => ({ brin })) },
    },
  });
  const leverancier = await db.leverancier.create({ data: { naam: "Bench BV" } });
  await db.apiClient.create({
    data: {
      clientId: BENCH_CLIENT.clientId,
      secretHash: await hashSecret(BENCH_CLIENT.secret),
      leverancierId: leverancier.id,
      rateLimit: BENCH_RATE_LIMIT,
    },
  });
  await db.mandaat.createMany({
    data: MBO.map((brin) => ({
      brin,
      leverancierId: leverancier.id,
      dienst: "DUO_MBO" as const,
      begindatum: new Date("2020-01-01T00:00:00Z"),
    })),
  });
  return { uploaderId: uploader.id };
}
