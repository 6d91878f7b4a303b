// The DUO back-office frame with its sections.
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { SectionNav } from "@/components/shell/section-nav";
import { mayManageUsers } from "@/lib/auth/roles";
import { requireSection } from "@/lib/auth/session";

export default async function BeheerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSection("beheer");
  const t = await getTranslations("nav");
  const tt = await getTranslations("toegang.nav");
  const items = [
    { href: "/beheer", label: t("overzicht") },
    { href: "/beheer/personen", label: t("personen") },
    { href: "/beheer/verzuim", label: t("verzuimBeheer") },
    { href: "/beheer/teldata", label: t("teldata") },
    { href: "/beheer/referentie", label: t("referentie") },
    { href: "/beheer/herberekeningen", label: t("herberekeningen") },
    { href: "/beheer/osr", label: t("osrBeheer") },
    // Users and suppliers are DUO_BEHEERDER's (access.md); the audit log is read by both DUO roles.
    ...(mayManageUsers(user.rol)
      ? [
          { href: "/beheer/gebruikers", label: tt("gebruikers") },
          { href: "/beheer/leveranciers", label: tt("leveranciers") },
        ]
      : []),
    { href: "/beheer/audit", label: tt("audit") },
  ];
  return (
    <AppShell user={user} current="beheer" aside={<SectionNav label={t("sectie")} items={items} exact="/beheer" />}>
      {children}
    </AppShell>
  );
}
