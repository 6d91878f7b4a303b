// Every code of rules.md per group, with its meaning and what to do; each row is a link target (#F01).
import { getLocale, getTranslations } from "next-intl/server";
import { Cell, Row, Table } from "@/components/ui/table";
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
          <Table headers={[t("code"), t("meaning"), t("action")]}>
            {codesVanGroep(groep).map((code) => (
              <Row key={code} id={code} className="target:bg-[#fff4d6]">
                <Cell rowHeader className="font-mono font-bold">
                  {code}
                </Cell>
                <Cell>{CODES[code][taal].omschrijving}</Cell>
                <Cell>{CODES[code][taal].watTeDoen}</Cell>
              </Row>
            ))}
          </Table>
        </section>
      ))}
    </>
  );
}
