// `/`: a signed-in user goes to their home, anyone else to the sign-in page.
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/roles";

export default async function Home() {
  const user = await getSession();
  redirect(user ? homePath(user.rol) : "/inloggen");
}
