// One school as DUO reads it: the tabs of its register views above every page below.
import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/shell/section-nav";
import { beheerScope } from "@/lib/register/scope";

export default async function InstellingBeheerLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ brin: string }>;
}) {
  const scope = await beheerScope((await params).brin);
  const t = await getTranslations("nav");
  const base = scope.basePath;
  const items = [
    { href: base, label: t("overzicht") },
    { href: `${base}/deelnemers`, label: scope.sector === "PO" ? t("leerlingen") : t("deelnemers") },
    { href: `${base}/meldingen`, label: t("meldingen") },
    scope.sector === "PO"
      ? { href: `${base}/verzuim`, label: t("verzuim") }
      : { href: `${base}/resultaten`, label: t("resultaten") },
    { href: `${base}/berichten`, label: t("berichten") },
  ];
  return (
    <>
      <SectionNav tabs label={t("instellingTabs", { brin: scope.brin })} items={items} exact={base} />
      {children}
    </>
  );
}
