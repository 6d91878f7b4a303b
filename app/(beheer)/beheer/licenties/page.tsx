// `/beheer/licenties` moved to the reference data: one place to maintain a licence.
import { permanentRedirect } from "next/navigation";
import { requireSection } from "@/lib/auth/session";

export default async function LicentiesPage() {
  await requireSection("beheer");
  permanentRedirect("/beheer/referentie/licenties");
}
