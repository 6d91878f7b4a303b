// A refusal a user reads: it carries a key of the catalogue's `acties` namespace and its values, so
// the action that shows it speaks the reader's language; its own message is the Dutch text, for
// logs, tests and callers without a reader (scripts, the API).
import { createTranslator } from "next-intl";
import nl from "./messages/nl.json";

export type FoutWaarden = Record<string, string | number>;

const dutch = createTranslator({ locale: "nl", messages: nl, namespace: "acties" });

export class VertaalbareFout extends Error {
  constructor(
    readonly sleutel: string,
    readonly waarden: FoutWaarden = {},
  ) {
    super(dutch(sleutel as Parameters<typeof dutch>[0], waarden));
  }
}
