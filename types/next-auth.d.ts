// What the portal keeps in next-auth's JWT and session: only identifiers; roles are read fresh.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessieVersie?: number;
  }
  interface Session {
    userId: string;
    sessieVersie: number;
    authTime: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessieVersie?: number;
    authTime?: number;
  }
}
