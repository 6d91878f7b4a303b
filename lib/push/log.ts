// The delivery log: pushes to a school's endpoints, newest first, for the school (OSR page), DUO (the
// back office's school page) and the supplier (the API, its own endpoint only); and per endpoint
// whether it is failing: its oldest open delivery has failed at least once, or was given up.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Dienst, LeveringStatus } from "@/generated/prisma/enums";

export type LeveringRij = {
  id: number;
  dienst: Dienst;
  leverancier: string;
  event: string;
  berichtId: number | null;
  webhookId: string;
  status: LeveringStatus;
  pogingen: number;
  laatsteStatus: number | null;
  laatsteFout: string | null;
  laatsteDuurMs: number | null;
  laatstePogingOp: Date | null;
  volgendePogingOp: Date | null;
  afgeleverdOp: Date | null;
  aangemaaktOp: Date;
};

export type LogFilter = { brin: string; dienst?: Dienst; leverancierId?: string };

/** Newest first, keyset on id: `voor` is the id of the last row of the previous page. */
export async function leveringenPagina(
  db: PrismaClient,
  filter: LogFilter,
  limit: number,
  voor: number | null,
): Promise<{ rijen: LeveringRij[]; volgende: number | null }> {
  const rows = await db.levering.findMany({
    where: {
      brin: filter.brin,
      ...(filter.dienst ? { dienst: filter.dienst } : {}),
      ...(filter.leverancierId ? { leverancierId: filter.leverancierId } : {}),
      ...(voor ? { id: { lt: voor } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit + 1,
    omit: { payload: true },
  });
  const namen = new Map(
    (
      await db.leverancier.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.leverancierId))] } },
        select: { id: true, naam: true },
      })
    ).map((l) => [l.id, l.naam]),
  );
  const page = rows.slice(0, limit);
  return {
    rijen: page.map((r) => ({
      id: r.id,
      dienst: r.dienst,
      leverancier: namen.get(r.leverancierId) ?? "—",
      event: r.event,
      berichtId: r.berichtId,
      webhookId: r.webhookId,
      status: r.status,
      pogingen: r.pogingen,
      laatsteStatus: r.laatsteStatus,
      laatsteFout: r.laatsteFout,
      laatsteDuurMs: r.laatsteDuurMs,
      laatstePogingOp: r.laatstePogingOp,
      volgendePogingOp: r.status === "WACHTEND" ? r.volgendePogingOp : null,
      afgeleverdOp: r.afgeleverdOp,
      aangemaaktOp: r.aangemaaktOp,
    })),
    volgende: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export type EndpointStand = {
  endpointId: string;
  dienst: Dienst;
  leverancier: string;
  url: string;
  falend: boolean;
  wachtend: number;
  laatsteFout: string | null;
};

/** Per endpoint of the school: failing or not, and how many deliveries wait. */
export async function endpointStanden(db: PrismaClient, brin: string): Promise<EndpointStand[]> {
  const endpoints = await db.osrEndpoint.findMany({
    where: { brin },
    orderBy: [{ dienst: "asc" }, { geleverdOp: "desc" }],
    select: { id: true, dienst: true, url: true, leverancierId: true },
  });
  const namen = new Map(
    (
      await db.leverancier.findMany({
        where: { id: { in: endpoints.map((e) => e.leverancierId) } },
        select: { id: true, naam: true },
      })
    ).map((l) => [l.id, l.naam]),
  );
  return Promise.all(
    endpoints.map(async (e) => {
      const head = await db.levering.findFirst({
        where: { endpointId: e.id, status: { in: ["WACHTEND", "MISLUKT"] } },
        orderBy: { id: "asc" },
        select: { status: true, pogingen: true, laatsteFout: true },
      });
      const wachtend = await db.levering.count({ where: { endpointId: e.id, status: "WACHTEND" } });
      const falend = !!head && (head.status === "MISLUKT" || head.pogingen > 0);
      return {
        endpointId: e.id,
        dienst: e.dienst,
        leverancier: namen.get(e.leverancierId) ?? "—",
        url: e.url,
        falend,
        wachtend,
        laatsteFout: falend ? (head?.laatsteFout ?? null) : null,
      };
    }),
  );
}
