// The secret API access tokens are signed with: API_JWT_SECRET, else NEXTAUTH_SECRET — but only when
// that is as long as API_JWT_SECRET must be (32), since a session key of 16 characters would make
// every token guessable at the strength of the weaker rule.
export const MIN_SIGNING_SECRET = 32;

export function apiSigningSecret(env: { API_JWT_SECRET?: string; NEXTAUTH_SECRET?: string }): string | undefined {
  if (env.API_JWT_SECRET && env.API_JWT_SECRET.length >= MIN_SIGNING_SECRET) return env.API_JWT_SECRET;
  if (env.NEXTAUTH_SECRET && env.NEXTAUTH_SECRET.length >= MIN_SIGNING_SECRET) return env.NEXTAUTH_SECRET;
  return undefined;
}
