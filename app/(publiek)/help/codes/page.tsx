// `/help/codes`: every code explained (public), inside the shell for signed-in users.
import { getTranslations } from "next-intl/server";
import { CodeTable } from "@/components/help/code-table";
import { AppShell } from "@/components/shell/app-shell";
import { PublicShell } from "@/components/shell/public-shell";
import { getSession } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("help");
  return { title: t("codesTitle") };
}

export default async function CodesPage() {
  const user = await getSession();
  const t = await getTranslations("help");
  const content = (
    <>
      <h1 className="utrecht-heading-1">{t("codesTitle")}</h1>
      <p className="utrecht-paragraph mb-6">{t("codesIntro")}</p>
      <CodeTable />
    </>
  );
  return user ? (
    <AppShell user={user} current="help">
      {content}
    </AppShell>
  ) : (
    <PublicShell>{content}</PublicShell>
  );
}
