// The frame of public pages for visitors who are not signed in.
import { Brand } from "@/components/shell/brand";
import { LanguageSwitch } from "@/components/shell/language-switch";

export async function PublicShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="lint">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <Brand />
          <LanguageSwitch />
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="mx-auto my-6 max-w-7xl rounded bg-white p-6 shadow-sm">
        {children}
      </main>
    </>
  );
}
