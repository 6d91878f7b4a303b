// What every register query shares: the client it reads with (the app's own unless a test passes
// its database) and the conversion of DATE columns to ISO strings.
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export type Client = PrismaClient;
export const defaultClient: Client = db;

/** ISO date of a DATE column, whichever way the driver adapter hands it over. */
export function isoOf(value: Date | string): string;
export function isoOf(value: Date | string | null): string | null;
export function isoOf(value: Date | string | null): string | null {
  if (value === null) return null;
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** Text for ILIKE with the user's %, _ and \ taken literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}
