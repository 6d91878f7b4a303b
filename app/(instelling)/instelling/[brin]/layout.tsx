// The institution portal's frame with its sections; pages below check access themselves as well.
import { getLocale, getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { InstitutionSwitcher } from "@/components/shell/institution-switcher";
import { SectionNav } from "@/components/shell/section-nav";
import { requireInstelling } from "@/lib/auth/session";
import { ONGELEZEN_MAX, unreadCount } from "@/lib/register/queries/berichten";
import { formatGetal } from "@/components/ui/format";

export default async function InstellingLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ brin: string }>;
}) {
  const { brin } = await params;
  const { user, instelling } = await requireInstelling(brin);
  const t = await getTranslations("nav");
  const [ongelezen, locale] = await Promise.all([unreadCount(brin), getLocale()]);
  const base = `/instelling/${brin}`;
  const items = [
    { href: base, label: t("overzicht") },
    { href: `${base}/uploads`, label: t("uploads") },
    { href: `${base}/deelnemers`, label: instelling.sector === "PO" ? t("leerlingen") : t("deelnemers") },
    { href: `${base}/meldingen`, label: t("meldingen") },
    instelling.sector === "PO"
      ? { href: `${base}/verzuim`, label: t("verzuim") }
      : { href: `${base}/resultaten`, label: t("resultaten") },
    { href: `${base}/bekostiging`, label: t("bekostiging") },
    {
      href: `${base}/berichten`,
      label: ongelezen
        ? t("berichtenOngelezen", {
            aantal:
              ongelezen >= ONGELEZEN_MAX ? `${formatGetal(ONGELEZEN_MAX, locale)}+` : formatGetal(ongelezen, locale),
          })
        : t("berichten"),
    },
  ];
  const aside = (
    <div className="flex flex-col gap-4">
      <SectionNav label={t("sectie")} items={items} exact={base} />
      {user.instellingen.length > 1 ? <InstitutionSwitcher instellingen={user.instellingen} current={brin} /> : null}
    </div>
  );
  return (
    <AppShell user={user} current="instelling" aside={aside}>
      {children}
    </AppShell>
  );
}
