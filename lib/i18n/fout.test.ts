// Refusals of the back office's actions come from the catalogue: Dutch in their own message, and
// every key present in English too (catalogue.test.ts checks the key sets are equal).
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { VaststellingError } from "@/lib/register/funding/vaststellen";
import { ReferentieInvoerError } from "@/lib/rio/referentie";
import en from "./messages/en.json";

const english = createTranslator({ locale: "en", messages: en, namespace: "acties" });

describe("VertaalbareFout", () => {
  it("reads Dutch in its message and the reader's language from its key", () => {
    const fout = new VaststellingError("teldatumAlVastgesteld", { datum: "2026-10-01", sector: "MBO" });
    expect(fout.message).toBe("Teldatum 2026-10-01 (MBO) is al vastgesteld.");
    expect(english(fout.sleutel as Parameters<typeof english>[0], fout.waarden)).toBe(
      "Count date 2026-10-01 (MBO) has already been fixed.",
    );
  });

  it("words an optional part only when it is there", () => {
    expect(new ReferentieInvoerError("geenCsv", { regel: "12" }).message).toBe(
      "Het bestand is geen geldig CSV-bestand met ; als scheidingsteken (regel 12).",
    );
    expect(new ReferentieInvoerError("geenCsv", { regel: "geen" }).message).toBe(
      "Het bestand is geen geldig CSV-bestand met ; als scheidingsteken.",
    );
  });

  it("formats numbers in the reader's language", () => {
    expect(english("vastgesteld", { assessments: 12345, instellingen: 3 })).toBe(
      "Fixed: 12,345 assessments are final; 3 institutions have been notified.",
    );
  });
});
