// The Onderwijsserviceregister frame: every signed-in user.
import { AppShell } from "@/components/shell/app-shell";
import { requireSection } from "@/lib/auth/session";

export default async function OsrLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSection("osr");
  return (
    <AppShell user={user} current="osr">
      {children}
    </AppShell>
  );
}
