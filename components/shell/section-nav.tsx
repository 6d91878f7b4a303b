"use client";
// The sub-navigation of a section (institution portal, back office, OSR); marks the current page.
// An optional visible heading names the group when a section has several (the OSR per school).
// As tabs, it runs across the top of a page (DUO's view of one school's register).
import Link from "next/link";
import { usePathname } from "next/navigation";

export function SectionNav({
  label,
  items,
  exact,
  heading,
  tabs = false,
}: {
  label: string;
  items: { href: string; label: string }[];
  exact: string;
  heading?: string;
  tabs?: boolean;
}) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav
      aria-label={label}
      className={tabs ? "mb-6 border-b border-[var(--bron-border)]" : "rounded bg-white p-4 shadow-sm"}
    >
      {heading ? <h2 className="mb-2 text-base font-semibold">{heading}</h2> : null}
      <ul className={tabs ? "flex flex-wrap gap-1" : "flex flex-col gap-1"}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(item.href) ? "page" : undefined}
              className={`utrecht-link block ${tabs ? "rounded-t px-3 py-2" : "rounded px-2 py-1"} aria-[current=page]:bg-[var(--bron-lint)] aria-[current=page]:font-bold aria-[current=page]:!text-white`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
