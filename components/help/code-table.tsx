// Every code of rules.md per group, with its meaning and what to do; each row is a link target (#F01).
import { getLocale, getTranslations } from "next-intl/server";
import { CODE_GROEPEN, CODES, codesVanGroep, type Taal } from "@/lib/bekostiging/codes";

export async function CodeTable() {
  const taal: Taal = (await getLocale()) === "en" ? "en" : "nl";
  const t = await getTranslations("help");
  return (
    <>
      {CODE_GROEPEN.map(({ groep, ...titles }) => (
        <section key={groep} aria-labelledby={`groep-${groep}`} className="mb-8">
          <h2 id={`groep-${groep}`} className="utrecht-heading-2 mb-2">
            {titles[taal]}
          </h2>
          <table className="utrecht-table w-full">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell w-20">{t("code")}</th>
                <th scope="col" className="utrecht-table__header-cell">{t("meaning")}</th>
                <th scope="col" className="utrecht-table__header-cell">{t("action")}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {codesVanGroep(groep).map((code) => (
                <tr key={code} id={code} className="utrecht-table__row target:bg-[#fff4d6]">
                  <th scope="row" className="utrecht-table__cell font-mono font-bold">{code}</th>
                  <td className="utrecht-table__cell">{CODES[code][taal].omschrijving}</td>
                  <td className="utrecht-table__cell">{CODES[code][taal].watTeDoen}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
