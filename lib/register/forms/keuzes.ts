// The values a form offers in its lists, taken from the field schemas the validator uses, so a
// form never offers what the register would refuse (F06). Plain arrays: pages pass them to the forms.
import { velden } from "@/lib/register/validate";

export const KEUZES = {
  geslacht: velden.geslacht.options,
  leerweg: velden.leerweg.options,
  jn: velden.jn.options,
  redenUitschrijving: velden.redenUitschrijving.options,
  resultaatSoort: velden.resultaatSoort.options,
  verzuimSoort: velden.verzuimSoort.options,
  groep: [...velden.groep.values].map(String),
};

export type Keuzes = typeof KEUZES;
