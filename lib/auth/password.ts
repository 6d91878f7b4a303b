// Password and secret hashing (bcrypt, cost 12 in production): slow on purpose.
import bcrypt from "bcryptjs";
import { env } from "@/lib/env";

const COST = env.NODE_ENV === "production" ? 12 : 10;

export function hashSecret(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifySecret(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

// Hashes of random throwaway strings at both costs, computed once when this was written: comparing
// against one costs what a real account's compare costs, and costs nothing to prepare.
const DUMMY_HASH =
  COST === 12
    ? "$2b$12$wwvrgKzGNCrQ84yCECovmeBPAAEsw5hOO3/LYLhNk70Rvp/AeBhpS"
    : "$2b$10$vgGPomApIxsUo9Dy5MToUOL1rPA8MnnrRJu1Hw7qrNCdmnzNLMIsu";

/** One compare against the dummy hash, for an unknown or inactive account: both paths take as long. */
export async function burnTime(plain: string): Promise<void> {
  await bcrypt.compare(plain, DUMMY_HASH);
}
