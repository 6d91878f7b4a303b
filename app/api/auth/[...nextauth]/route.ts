// next-auth's own endpoints (sign-in, session, CSRF, sign-out).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
