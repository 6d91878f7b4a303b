"use client";
// DUO's navigation within one school's register (/beheer/instellingen/{brin}/…): the same pages
// the school has, read-only. Marks the current one.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function InstellingTabs({ label, items, exact }: { label: string; items: { href: string; label: string }[]; exact: string }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="mb-6 border-b border-[var(--bron-border)]">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(item.href) ? "page" : undefined}
              className="utrecht-link block rounded-t px-3 py-2 aria-[current=page]:bg-[var(--bron-lint)] aria-[current=page]:font-bold aria-[current=page]:!text-white"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
