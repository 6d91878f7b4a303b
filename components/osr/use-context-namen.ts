"use client";
// The translated names of the contexten, for the client-side forms.
import { useTranslations } from "next-intl";
import type { OsrContext } from "@/generated/prisma/enums";
import { CONTEXTEN } from "@/lib/osr/contexten";

export function useContextNamen(): Record<OsrContext, string> {
  const t = useTranslations("osr.contextNamen");
  return Object.fromEntries(CONTEXTEN.map((c) => [c, t(c)])) as Record<OsrContext, string>;
}
