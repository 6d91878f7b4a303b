// A school's contact persons per context, as the server decided this viewer may see them: names,
// the ALGEMEEN contacts standing in (said so), or only that a restricted contact exists.
import { getTranslations } from "next-intl/server";
import type { ContactPersoon, ContextContacten } from "@/lib/osr/telefoonboek";
import { isBeperkt } from "@/lib/osr/contexten";

function Personen({ personen }: { personen: ContactPersoon[] }) {
  return (
    <ul className="flex flex-col gap-2">
      {personen.map((p, i) => (
        <li key={`${p.naam}-${i}`}>
          <span className="font-semibold">{p.naam}</span>
          {p.functie ? <span>, {p.functie}</span> : null}
          {p.email || p.telefoon ? (
            <span className="block text-sm">
              {p.email ? (
                <a href={`mailto:${p.email}`} className="utrecht-link">
                  {p.email}
                </a>
              ) : null}
              {p.email && p.telefoon ? " · " : null}
              {p.telefoon ? <span>{p.telefoon}</span> : null}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export async function ContactenPerContext({ contacten, caption }: { contacten: ContextContacten[]; caption: string }) {
  const t = await getTranslations("osr.telefoonboek");
  const namen = await getTranslations("osr.contextNamen");
  const osr = await getTranslations("osr");
  return (
    <table className="utrecht-table w-full">
      <caption className="utrecht-table__caption text-left">{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">
            {t("context")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("contact")}
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {contacten.map((c) => (
          <tr key={c.context} className="utrecht-table__row align-top">
            <th scope="row" className="utrecht-table__cell text-left">
              {namen(c.context)}
              {isBeperkt(c.context) ? (
                <span className="block text-sm font-normal text-[var(--bron-muted)]">{osr("beperkt")}</span>
              ) : null}
            </th>
            <td className="utrecht-table__cell">
              {c.soort === "EIGEN" ? <Personen personen={c.personen} /> : null}
              {c.soort === "ALGEMEEN" ? (
                <>
                  <p className="mb-1 text-sm text-[var(--bron-muted)]">{t("algemeenTerugval")}</p>
                  <Personen personen={c.personen} />
                </>
              ) : null}
              {c.soort === "BEPERKT" ? <p>{t("beperkt")}</p> : null}
              {c.soort === "GEEN" ? <p>{t("geenContact")}</p> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
