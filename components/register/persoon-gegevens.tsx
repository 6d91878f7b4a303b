// The person as the register holds them, with the full PGN: only the detail page shows it.
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/ui/format";
import type { DeelnemerDetail } from "@/lib/register/queries/deelnemer-detail";
import { DetailList } from "./detail-list";

export async function PersoonGegevens({ persoon }: { persoon: DeelnemerDetail["persoon"] }) {
  const t = await getTranslations("deelnemer");
  return (
    <DetailList
      items={[
        [
          t("pgn"),
          <span key="pgn" className="font-mono">
            {persoon.pgn}
          </span>,
        ],
        [t("achternaam"), persoon.achternaam ?? "—"],
        [t("voorvoegsel"), persoon.voorvoegsel ?? "—"],
        [t("voornamen"), persoon.voornamen ?? "—"],
        [t("geboortedatum"), formatDate(persoon.geboortedatum)],
        [t("geslacht"), t(`geslachtWaarde.${persoon.geslacht}`)],
        [t("postcode"), persoon.postcode ?? "—"],
        [t("woonland"), persoon.woonland],
      ]}
    />
  );
}
