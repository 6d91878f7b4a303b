// Password and secret hashing (bcrypt, cost 12 in production): slow on purpose.
import bcrypt from "bcryptjs";

const COST = process.env.NODE_ENV === "production" ? 12 : 10;

export function hashSecret(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifySecret(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

let dummyHash: Promise<string> | undefined;
/** Compares against a throwaway hash when the account does not exist, so both paths take as long. */
export async function burnTime(plain: string): Promise<void> {
  dummyHash ??= bcrypt.hash("niet-bestaand-account", COST);
  await bcrypt.compare(plain, await dummyHash);
}
