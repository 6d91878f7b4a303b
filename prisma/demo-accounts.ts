// The demo accounts, suppliers and mandates of access.md (password "demo"; demo installs only).
import type { Dienst, Rol } from "@/generated/prisma/enums";

export const DEMO_PASSWORD = "demo";

export const DEMO_USERS: { email: string; naam: string; rol: Rol; brins: string[] }[] = [
  { email: "beheer@roc-horizon.example", naam: "Fatima el Amrani", rol: "INSTELLING_BEHEERDER", brins: ["25AA"] },
  { email: "lezer@roc-horizon.example", naam: "Pieter de Lezer", rol: "INSTELLING_MEDEWERKER", brins: ["25AA"] },
  { email: "beheer@deltacollege.example", naam: "Johan Visser", rol: "INSTELLING_BEHEERDER", brins: ["25BB"] },
  { email: "beheer@obs-delinde.example", naam: "Sanne Bakker", rol: "INSTELLING_BEHEERDER", brins: ["01AB"] },
  { email: "beheer@cbs-hetanker.example", naam: "Kees Mulder", rol: "INSTELLING_BEHEERDER", brins: ["02CD", "03EF"] },
  { email: "docent@obs-delinde.example", naam: "Lotte de Vries", rol: "MEDEWERKER", brins: ["01AB"] },
  { email: "medewerker@duo.example", naam: "Ahmed Yilmaz", rol: "DUO_MEDEWERKER", brins: [] },
  { email: "beheer@duo.example", naam: "Ingrid Smit", rol: "DUO_BEHEERDER", brins: [] },
];

export const DEMO_LEVERANCIERS: {
  naam: string;
  clientId: string;
  secret: string;
  mandaten: { brin: string; dienst: Dienst; begindatum: string }[];
}[] = [
  {
    naam: "EduSoft BV",
    clientId: "edusoft-demo",
    secret: "edusoft-demo-secret",
    mandaten: [
      { brin: "25AA", dienst: "DUO_MBO", begindatum: "2020-01-01" },
      { brin: "01AB", dienst: "ROD_PO", begindatum: "2020-01-01" },
      { brin: "01AB", dienst: "VERZUIM", begindatum: "2020-01-01" },
    ],
  },
  {
    naam: "Schoolwise BV",
    clientId: "schoolwise-demo",
    secret: "schoolwise-demo-secret",
    mandaten: [{ brin: "02CD", dienst: "ROD_PO", begindatum: "2020-01-01" }],
  },
];
