// next-auth configuration: passwords (demo/test) and an optional OpenID Connect provider, JWT sessions.
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers/index";
import { z } from "zod";
import { safeRedirectUrl } from "@/lib/auth/callback-url";
import { resolveOidcUser, type OidcIdentity } from "@/lib/auth/oidc";
import { authRateLimits } from "@/lib/auth/rate-limits";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { clientAddressOf } from "@/lib/server/client-ip";

/** Sessions end 30 minutes after the last request (sliding) and 8 hours after sign-in at the latest. */
export const IDLE_SECONDS = 30 * 60;
export const ABSOLUTE_SECONDS = 8 * 60 * 60;

const authLog = log.child({ source: "next-auth" });

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

async function authorizePassword(
  input: unknown,
  request: { headers?: Record<string, string | string[] | undefined> } | undefined,
): Promise<User | null> {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return null;
  const address = clientAddressOf(request?.headers, env.TRUSTED_PROXIES);
  const outcome = await signInWithPassword({ db, limits: authRateLimits() }, { ...parsed.data, address });
  if (!outcome.ok) {
    if (outcome.reden !== "onjuist") authLog.warn({ reden: outcome.reden, address }, "Inloggen geweigerd");
    return null;
  }
  const { user } = outcome;
  return { id: user.id, email: user.email, name: user.name, sessieVersie: user.sessieVersie };
}

/** The identity the provider vouched for: its ID token's claims, with our configured issuer as fallback. */
function oidcIdentity(profile: unknown): OidcIdentity | null {
  if (!env.OIDC_ISSUER || typeof profile !== "object" || profile === null) return null;
  const claims = profile as Record<string, unknown>;
  if (typeof claims.sub !== "string") return null;
  return {
    issuer: typeof claims.iss === "string" ? claims.iss : env.OIDC_ISSUER,
    sub: claims.sub,
    email: typeof claims.email === "string" ? claims.email : null,
    emailVerified: claims.email_verified,
  };
}

function providers(): Provider[] {
  const list: Provider[] = [];
  if (env.AUTH_PASSWORDS) {
    list.push(
      CredentialsProvider({
        id: "credentials",
        name: "E-mail en wachtwoord",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
        authorize: (input, request) =>
          authorizePassword(input, request as { headers?: Record<string, string | string[] | undefined> } | undefined),
      }),
    );
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    list.push({
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null };
      },
    });
  }
  return list;
}

export const authOptions: NextAuthOptions = {
  providers: providers(),
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: IDLE_SECONDS, updateAge: 0 },
  jwt: { maxAge: IDLE_SECONDS },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  callbacks: {
    // An identity-provider account gets in only as the user its issuer+sub is bound to, or — the
    // first time — as the active user of its verified e-mail address (lib/auth/oidc.ts).
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      const identity = oidcIdentity(profile);
      if (!identity) return false;
      const outcome = await resolveOidcUser(db, identity);
      if (!outcome.ok) authLog.warn({ reden: outcome.reden, issuer: identity.issuer }, "Inloggen via OIDC geweigerd");
      return outcome.ok;
    },
    async jwt({ token, user, account, profile }) {
      if (user) {
        let sub = user.id;
        let sessieVersie = user.sessieVersie ?? 0;
        if (account?.provider === "oidc") {
          // The signIn callback has bound the identity; this finds the user by that binding.
          const identity = oidcIdentity(profile);
          const outcome = identity ? await resolveOidcUser(db, identity) : null;
          if (!outcome?.ok) throw new Error("OIDC-identiteit hoort bij geen actieve gebruiker");
          sub = outcome.gebruikerId;
          sessieVersie = outcome.sessieVersie;
        }
        token.sub = sub;
        token.sessieVersie = sessieVersie;
        token.authTime = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.sub ?? "";
      session.sessieVersie = token.sessieVersie ?? -1;
      session.authTime = token.authTime ?? 0;
      return session;
    },
    // Only ever back to the portal itself (lib/auth/callback-url.ts).
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
  logger: {
    error(code, metadata) {
      // Only the error: the metadata may carry a provider's token response (the logger censors those fields anyway).
      const err = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
      authLog.error({ code, err }, "next-auth meldt een fout");
    },
    warn(code) {
      if (code !== "DEBUG_ENABLED") authLog.warn({ code }, "next-auth waarschuwt");
    },
    debug() {},
  },
};
