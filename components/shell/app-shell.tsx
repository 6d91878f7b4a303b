// The page frame every signed-in audience shares: header band, navigation for the role, main landmark.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { maySee } from "@/lib/auth/roles";
import { Brand } from "@/components/shell/brand";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SessionKeepAlive } from "@/components/shell/session-keep-alive";
import { SignOutButton } from "@/components/shell/sign-out-button";

export type ShellSection = "instelling" | "beheer" | "osr" | "help";

export async function AppShell({
  user,
  current,
  aside,
  children,
}: {
  user: SessionUser;
  current: ShellSection;
  aside?: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = await getTranslations();
  const items: { href: string; label: string; section: ShellSection }[] = [];
  if (maySee(user.rol, "instelling"))
    items.push({ href: "/instelling", label: t("nav.instelling"), section: "instelling" });
  if (maySee(user.rol, "beheer")) items.push({ href: "/beheer", label: t("nav.beheer"), section: "beheer" });
  items.push({ href: "/osr", label: t("nav.osr"), section: "osr" });
  items.push({ href: "/help/codes", label: t("nav.helpCodes"), section: "help" });

  return (
    <>
      <SessionKeepAlive />
      <header className="lint">
        <div className="mx-auto flex max-w-[96rem] flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Brand />
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <span>
              {t("shell.signedInAs", { naam: user.naam })} · {t(`shell.roles.${user.rol}`)}
            </span>
            <LanguageSwitch />
            <SignOutButton />
          </div>
        </div>
        <nav aria-label={t("nav.label")} className="bg-[var(--bron-lint-dark)]">
          <ul className="mx-auto flex max-w-[96rem] flex-wrap gap-1 px-4">
            {items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={item.section === current ? "page" : undefined}
                  className="block px-3 py-2 no-underline hover:underline aria-[current=page]:bg-white aria-[current=page]:!text-[var(--bron-lint)]"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div className="mx-auto flex max-w-[96rem] flex-col gap-6 px-4 py-6 md:flex-row">
        {aside ? <aside className="md:w-56 md:shrink-0">{aside}</aside> : null}
        <main id="inhoud" tabIndex={-1} className="min-w-0 flex-1 rounded bg-white p-6 shadow-sm">
          {children}
        </main>
      </div>
    </>
  );
}
