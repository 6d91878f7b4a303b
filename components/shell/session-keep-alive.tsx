"use client";
// Sessions end after 30 minutes without activity: each navigation asks next-auth for the session,
// which re-issues the cookie with a fresh idle deadline (at most once a minute).
import { usePathname } from "next/navigation";
import { useEffect } from "react";

let lastPing = 0;

export function SessionKeepAlive() {
  const pathname = usePathname();
  useEffect(() => {
    if (Date.now() - lastPing < 60_000) return;
    lastPing = Date.now();
    void fetch("/api/auth/session", { cache: "no-store" }).catch(() => undefined);
  }, [pathname]);
  return null;
}
