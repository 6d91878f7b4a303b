// The institution portal's frame; pages below check access themselves as well.
import { AppShell } from "@/components/shell/app-shell";
import { InstitutionSwitcher } from "@/components/shell/institution-switcher";
import { requireInstelling } from "@/lib/auth/session";

export default async function InstellingLayout({ children, params }: { children: React.ReactNode; params: Promise<{ brin: string }> }) {
  const { brin } = await params;
  const { user } = await requireInstelling(brin);
  const aside = user.instellingen.length > 1 ? <InstitutionSwitcher instellingen={user.instellingen} current={brin} /> : undefined;
  return (
    <AppShell user={user} current="instelling" aside={aside}>
      {children}
    </AppShell>
  );
}
