// `/instelling`: to the portal of the user's (first) institution.
import { redirect } from "next/navigation";
import { requireSection } from "@/lib/auth/session";

export default async function InstellingIndex() {
  const user = await requireSection("instelling");
  const first = user.instellingen[0];
  // An institution role without an institution has nothing to see here.
  redirect(first ? `/instelling/${first.brin}` : "/osr");
}
