// next-auth configuration: passwords (demo/test) and an optional OpenID Connect provider, JWT sessions.
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers/index";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { accountLocked, recordFailure } from "@/lib/auth/lockout";
import { burnTime, verifySecret } from "@/lib/auth/password";

/** Sessions end 30 minutes after the last request (sliding) and 8 hours after sign-in at the latest. */
export const IDLE_SECONDS = 30 * 60;
export const ABSOLUTE_SECONDS = 8 * 60 * 60;

const credentials = z.object({ email: z.string().trim().toLowerCase().email().max(320), password: z.string().min(1).max(200) });

async function authorizePassword(input: unknown): Promise<User | null> {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (await accountLocked(email)) {
    await burnTime(password);
    return null;
  }
  const user = await db.gebruiker.findUnique({ where: { email } });
  const ok = user?.actief && user.wachtwoordHash ? await verifySecret(password, user.wachtwoordHash) : (await burnTime(password), false);
  if (!ok || !user) {
    await recordFailure(email);
    return null;
  }
  return { id: user.id, email: user.email, name: user.naam, sessieVersie: user.sessieVersie };
}

function providers(): Provider[] {
  const list: Provider[] = [];
  if (env.AUTH_PASSWORDS) {
    list.push(
      CredentialsProvider({
        id: "credentials",
        name: "E-mail en wachtwoord",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
        authorize: authorizePassword,
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
      checks: ["pkce", "state"],
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
    // An identity-provider account only gets in when an active portal user has its e-mail address.
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      if (!user.email) return false;
      const known = await db.gebruiker.findUnique({ where: { email: user.email.toLowerCase() } });
      return Boolean(known?.actief);
    },
    async jwt({ token, user, account }) {
      if (user) {
        const portalUser =
          account?.provider === "oidc" && user.email
            ? await db.gebruiker.findUnique({ where: { email: user.email.toLowerCase() } })
            : null;
        token.sub = portalUser?.id ?? user.id;
        token.sessieVersie = portalUser?.sessieVersie ?? user.sessieVersie ?? 0;
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
  },
  logger: {
    error(code, metadata) {
      console.error(JSON.stringify({ level: "error", source: "next-auth", code, message: metadata instanceof Error ? metadata.message : undefined }));
    },
    warn(code) {
      if (code !== "DEBUG_ENABLED") console.warn(JSON.stringify({ level: "warn", source: "next-auth", code }));
    },
    debug() {},
  },
};
