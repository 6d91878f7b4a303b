// `GET /beheer/overzicht/export?tabel=…[&sector=…]`: a table of the back-office overview as CSV —
// instellingen (default), sectoren, dagen, teldata, afkeuringen or signalen; DUO staff only.
import { notFound } from "next/navigation";
import { requireSection } from "@/lib/auth/session";
import { landelijkOverzicht } from "@/lib/beheer/overzicht/queries";
import { db } from "@/lib/db";
import { csvResponse } from "@/lib/shared/csv";
import type { CsvCell } from "@/lib/shared/csv";

const TABELLEN = ["instellingen", "sectoren", "dagen", "teldata", "afkeuringen", "signalen"] as const;

export async function GET(request: Request) {
  await requireSection("beheer");
  const params = new URL(request.url).searchParams;
  const tabel = TABELLEN.find((t) => t === (params.get("tabel") ?? "instellingen"));
  if (!tabel) notFound();
  const sector = (["MBO", "PO"] as const).find((s) => s === params.get("sector"));
  const o = await landelijkOverzicht(db, { sector });
  const naam = `overzicht-${tabel}${sector ? `-${sector.toLowerCase()}` : ""}`;
  const tabellen: Record<(typeof TABELLEN)[number], () => [string[], CsvCell[][]]> = {
    instellingen: () => [
      [
        "brin",
        "naam",
        "sector",
        "plaats",
        "inschrijvingen",
        "verwerkt",
        "afgekeurd",
        "open_s01",
        "bekostigd",
        "niet_bekostigd",
        "gewicht",
      ],
      o.instellingen.map((i) => [
        i.brin,
        i.naam,
        i.sector,
        i.plaats,
        i.inschrijvingen,
        i.verwerkt,
        i.afgekeurd,
        i.openS01,
        i.bekostigd,
        i.nietBekostigd,
        i.gewicht,
      ]),
    ],
    sectoren: () => [
      ["sector", "instellingen", "inschrijvingen", "verwerkt", "afgekeurd", "open_s01"],
      o.sectoren.map((s) => [s.sector, s.instellingen, s.inschrijvingen, s.verwerkt, s.afgekeurd, s.openS01]),
    ],
    dagen: () => [["dag", "verwerkt", "afgekeurd"], o.perDag.map((d) => [d.dag, d.verwerkt, d.afgekeurd])],
    teldata: () => [
      ["teldatum", "sector", "bekostigd", "niet_bekostigd", "gewicht"],
      o.perTeldatum.map((r) => [r.teldatum, r.sector, r.bekostigd, r.nietBekostigd, r.gewicht]),
    ],
    afkeuringen: () => [["code", "aantal"], o.afkeuringen.map((r) => [r.code, r.aantal])],
    signalen: () => [["code", "aantal"], o.signalen.map((r) => [r.code, r.aantal])],
  };
  const [header, rows] = tabellen[tabel]();
  return csvResponse(naam, header, rows);
}
