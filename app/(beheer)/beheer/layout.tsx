// The DUO back-office frame.
import { AppShell } from "@/components/shell/app-shell";
import { requireSection } from "@/lib/auth/session";

export default async function BeheerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSection("beheer");
  return (
    <AppShell user={user} current="beheer">
      {children}
    </AppShell>
  );
}
