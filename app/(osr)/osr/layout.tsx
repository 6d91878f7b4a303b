// The Onderwijsserviceregister frame: every signed-in user. Its menu: own card(s) and the
// telefoonboek for all; per school they manage, a beheerder also that school's OSR pages.
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { SectionNav } from "@/components/shell/section-nav";
import { requireSection } from "@/lib/auth/session";
import { beheerdeScholen } from "@/lib/osr/toegang";

export default async function OsrLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSection("osr");
  const t = await getTranslations("osr.nav");
  const items = [
    { href: "/osr", label: t("mijnGegevens") },
    { href: "/osr/telefoonboek", label: t("telefoonboek") },
  ];
  const aside = (
    <div className="flex flex-col gap-4">
      <SectionNav label={t("sectie")} items={items} exact="/osr" />
      {beheerdeScholen(user).map((school) => {
        const base = `/osr/instellingen/${school.brin}`;
        return (
          <SectionNav
            key={school.brin}
            label={t("school", { naam: school.naam })}
            heading={t("school", { naam: school.naam })}
            exact={base}
            items={[
              { href: base, label: t("overzicht") },
              { href: `${base}/medewerkers`, label: t("medewerkers") },
              { href: `${base}/mandaten`, label: t("mandaten") },
            ]}
          />
        );
      })}
    </div>
  );
  return (
    <AppShell user={user} current="osr" aside={aside}>
      {children}
    </AppShell>
  );
}
