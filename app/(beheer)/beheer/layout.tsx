// The DUO back-office frame with its sections.
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { SectionNav } from "@/components/shell/section-nav";
import { requireSection } from "@/lib/auth/session";

export default async function BeheerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSection("beheer");
  const t = await getTranslations("nav");
  const items = [
    { href: "/beheer", label: t("overzicht") },
    { href: "/beheer/personen", label: t("personen") },
    { href: "/beheer/verzuim", label: t("verzuimBeheer") },
    { href: "/beheer/teldata", label: t("teldata") },
    { href: "/beheer/licenties", label: t("licenties") },
    { href: "/beheer/herberekeningen", label: t("herberekeningen") },
    { href: "/beheer/osr", label: t("osrBeheer") },
  ];
  return (
    <AppShell user={user} current="beheer" aside={<SectionNav label={t("sectie")} items={items} exact="/beheer" />}>
      {children}
    </AppShell>
  );
}
