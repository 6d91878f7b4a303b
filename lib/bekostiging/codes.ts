// Every code of rules.md with its explanation and what to do, in Dutch and English (help page, tooltips).

export type CodeGroep = "VELD" | "REFERENTIE" | "SIGNAAL" | "MBO_INSCHRIJVING" | "MBO_DIPLOMA" | "PO_INSCHRIJVING";
export type Taal = "nl" | "en";

export interface CodeTekst {
  omschrijving: string;
  watTeDoen: string;
}

export interface CodeInfo {
  groep: CodeGroep;
  nl: CodeTekst;
  en: CodeTekst;
}

/** Section titles for the help page, in the order it shows them. */
export const CODE_GROEPEN: readonly { groep: CodeGroep; nl: string; en: string }[] = [
  { groep: "VELD", nl: "Afkeuringen: controle van velden", en: "Rejections: field checks" },
  { groep: "REFERENTIE", nl: "Afkeuringen: controle tegen het register", en: "Rejections: reference checks" },
  { groep: "SIGNAAL", nl: "Signalen (opgeslagen, met een waarschuwing)", en: "Signals (stored, with a warning)" },
  {
    groep: "MBO_INSCHRIJVING",
    nl: "Bekostiging mbo-inschrijving (per teldatum)",
    en: "Funding of an mbo enrolment (per count date)",
  },
  {
    groep: "MBO_DIPLOMA",
    nl: "Bekostiging mbo-diploma (per kalenderjaar)",
    en: "Funding of an mbo diploma (per calendar year)",
  },
  {
    groep: "PO_INSCHRIJVING",
    nl: "Bekostiging po-inschrijving (per teldatum)",
    en: "Funding of a po enrolment (per count date)",
  },
];

export const CODES = {
  F01: {
    groep: "VELD",
    nl: {
      omschrijving: "Een verplicht veld is leeg of ontbreekt.",
      watTeDoen: "Vul het genoemde veld in en lever de melding opnieuw aan.",
    },
    en: {
      omschrijving: "A required field is empty or missing.",
      watTeDoen: "Fill in the field named and deliver the melding again.",
    },
  },
  F02: {
    groep: "VELD",
    nl: {
      omschrijving:
        "Een waarde heeft niet het juiste formaat: bijvoorbeeld een datum die niet bestaat (zoals 30-02-2026), een verkeerd patroon, een verkeerde lengte of een getal buiten het toegestane bereik.",
      watTeDoen: "Corrigeer de waarde volgens de aanleverspecificatie (datums als JJJJ-MM-DD) en lever opnieuw aan.",
    },
    en: {
      omschrijving:
        "A value does not have its format: for example a date that does not exist (such as 2026-02-30), a wrong pattern, a wrong length or a number out of range.",
      watTeDoen: "Correct the value as the delivery specification prescribes (dates as YYYY-MM-DD) and deliver again.",
    },
  },
  F03: {
    groep: "VELD",
    nl: {
      omschrijving: "Het BSN voldoet niet aan de elfproef (000000000 is nooit geldig).",
      watTeDoen: "Controleer het BSN, bijvoorbeeld op omgewisselde cijfers, en lever opnieuw aan.",
    },
    en: {
      omschrijving: "The BSN fails the eleven test (000000000 is never valid).",
      watTeDoen: "Check the BSN, for example for swapped digits, and deliver again.",
    },
  },
  F04: {
    groep: "VELD",
    nl: {
      omschrijving: "Het onderwijsnummer klopt niet: de controle op het laatste cijfer faalt.",
      watTeDoen: "Controleer het onderwijsnummer en lever opnieuw aan.",
    },
    en: {
      omschrijving: "The onderwijsnummer (education number) fails its check digit test.",
      watTeDoen: "Check the onderwijsnummer and deliver again.",
    },
  },
  F05: {
    groep: "VELD",
    nl: {
      omschrijving: "Er is geen BSN en geen onderwijsnummer opgegeven, of juist allebei.",
      watTeDoen: "Geef precies één van beide op: het BSN als de persoon dat heeft, anders het onderwijsnummer.",
    },
    en: {
      omschrijving: "Neither a BSN nor an onderwijsnummer was given, or both were.",
      watTeDoen: "Give exactly one: the BSN when the person has one, otherwise the onderwijsnummer.",
    },
  },
  F06: {
    groep: "VELD",
    nl: {
      omschrijving:
        "Een waarde staat niet in de lijst van toegestane waarden (leerweg, geslacht, J/N, soort, reden uitschrijving of groep).",
      watTeDoen: "Kies een van de toegestane waarden uit de aanleverspecificatie.",
    },
    en: {
      omschrijving:
        "A value is not in its list of allowed values (leerweg, gender, J/N, soort, reason for deregistration or groep).",
      watTeDoen: "Choose one of the values the delivery specification allows.",
    },
  },
  F07: {
    groep: "VELD",
    nl: {
      omschrijving:
        "Datums staan in de verkeerde volgorde: bijvoorbeeld een uitschrijving vóór de inschrijving, een einde vóór het begin, een geboortedatum of datum behaald in de toekomst, een periode buiten de inschrijving, of een eerste periode die niet op de datum van inschrijving begint.",
      watTeDoen:
        "Controleer de datums van de inschrijving, de perioden of het resultaat en maak ze onderling kloppend.",
    },
    en: {
      omschrijving:
        "Dates are out of order: for example a deregistration before the registration, an end before the start, a date of birth or date obtained in the future, a periode outside the enrolment, or a first periode that does not start on the date of registration.",
      watTeDoen: "Check the dates of the enrolment, its perioden or the result and make them consistent.",
    },
  },
  F08: {
    groep: "VELD",
    nl: {
      omschrijving:
        "Een reden van uitschrijving zonder datum van uitschrijving, of een datum van uitschrijving zonder reden (mbo).",
      watTeDoen: "Lever de datum en de reden van uitschrijving samen aan, of laat ze allebei leeg.",
    },
    en: {
      omschrijving: "A reason for deregistration without a date of deregistration, or a date without a reason (mbo).",
      watTeDoen: "Deliver the date and the reason of deregistration together, or leave both empty.",
    },
  },
  F09: {
    groep: "VELD",
    nl: {
      omschrijving:
        "Regels van dezelfde inschrijving spreken elkaar tegen over een gegeven van de inschrijving, of twee regels hebben dezelfde begindatum van de periode (API: de sleutel in de body wijkt af van die in het pad).",
      watTeDoen:
        "Zorg dat alle regels van één inschrijving dezelfde inschrijvingsgegevens hebben en dat elke periode een eigen begindatum heeft.",
    },
    en: {
      omschrijving:
        "Rows of one enrolment disagree on an enrolment-level field, or two rows have the same periode start date (API: the body names another key than the path).",
      watTeDoen:
        "Make all rows of one enrolment carry the same enrolment fields and give every periode its own start date.",
    },
  },
  F10: {
    groep: "VELD",
    nl: {
      omschrijving: "Een verzuimmelding van soort 16U_4W, LRV of RMC heeft geen datum einde.",
      watTeDoen: "Vul de datum einde van het verzuim in en lever opnieuw aan.",
    },
    en: {
      omschrijving: "An absence report of soort 16U_4W, LRV or RMC has no end date.",
      watTeDoen: "Fill in the end date of the absence and deliver again.",
    },
  },
  R01: {
    groep: "REFERENTIE",
    nl: {
      omschrijving:
        "De brin is onbekend, hoort bij een andere sector dan deze soort melding, of u mag niet voor deze instelling aanleveren (geen rol, of vandaag geen geldig mandaat voor deze dienst).",
      watTeDoen:
        "Controleer de brin. Als leverancier: vraag de school om een mandaat voor deze dienst in het Onderwijsserviceregister.",
    },
    en: {
      omschrijving:
        "The brin is unknown, belongs to another sector than this kind of melding, or you may not deliver for this institution (no role, or no mandate for this service valid today).",
      watTeDoen:
        "Check the brin. As a supplier: ask the school for a mandate for this service in the Onderwijsserviceregister.",
    },
  },
  R02: {
    groep: "REFERENTIE",
    nl: {
      omschrijving: "De opleidingscode is onbekend in RIO, of de vestigingscode hoort niet bij deze brin.",
      watTeDoen:
        "Controleer de opleidingscode (crebo) of de vestigingscode; ontbreekt de code in RIO, neem dan contact op met DUO.",
    },
    en: {
      omschrijving: "The opleidingscode is unknown in RIO, or the vestigingscode does not belong to this brin.",
      watTeDoen: "Check the programme code (crebo) or location code; if RIO lacks it, contact DUO.",
    },
  },
  R03: {
    groep: "REFERENTIE",
    nl: {
      omschrijving:
        "De inschrijving waarnaar verwezen wordt bestaat niet bij deze brin of hoort bij een andere persoon, of (verzuim) de leerling is op de datum begin niet ingeschreven.",
      watTeDoen: "Lever eerst de inschrijving aan, of corrigeer het inschrijvingsvolgnummer of de datum begin.",
    },
    en: {
      omschrijving:
        "The enrolment referred to does not exist at this brin or belongs to another person, or (absence) the pupil is not enrolled on the start date.",
      watTeDoen: "Deliver the enrolment first, or correct the inschrijvingsvolgnummer or the start date.",
    },
  },
  R04: {
    groep: "REFERENTIE",
    nl: {
      omschrijving:
        "De geboortedatum of het geslacht wijkt af van wat voor deze persoon (dit BSN of onderwijsnummer) is geregistreerd.",
      watTeDoen:
        "Controleer het persoonsnummer, de geboortedatum en het geslacht. Is de registratie onjuist, neem dan contact op met DUO.",
    },
    en: {
      omschrijving: "The date of birth or gender contradicts the person registered with this BSN or onderwijsnummer.",
      watTeDoen: "Check the person number, date of birth and gender. If the registration is wrong, contact DUO.",
    },
  },
  R05: {
    groep: "REFERENTIE",
    nl: {
      omschrijving:
        "Het volgnummer (van de inschrijving, het resultaat of de bpv) is al geregistreerd voor een andere persoon.",
      watTeDoen: "Gebruik een nieuw volgnummer, of verwijder eerst de onjuiste registratie.",
    },
    en: {
      omschrijving: "The volgnummer (of the enrolment, result or work placement) is registered for another person.",
      watTeDoen: "Use a new volgnummer, or remove the wrong registration first.",
    },
  },
  R06: {
    groep: "REFERENTIE",
    nl: {
      omschrijving: "Er wordt een record verwijderd dat niet bestaat.",
      watTeDoen: "Controleer de sleutel (brin en volgnummer); misschien is het record al verwijderd.",
    },
    en: {
      omschrijving: "The record to be removed does not exist.",
      watTeDoen: "Check the key (brin and volgnummer); the record may have been removed already.",
    },
  },
  R07: {
    groep: "REFERENTIE",
    nl: {
      omschrijving:
        "De inschrijving kan niet worden verwijderd: er verwijst nog een resultaat naar (de bpv wordt wel mee verwijderd).",
      watTeDoen: "Verwijder eerst het resultaat en daarna de inschrijving.",
    },
    en: {
      omschrijving:
        "The enrolment cannot be removed: a result still refers to it (its work placements are removed with it).",
      watTeDoen: "Remove the result first, then the enrolment.",
    },
  },
  S01: {
    groep: "SIGNAAL",
    nl: {
      omschrijving:
        "De persoon heeft een overlappende inschrijving bij een andere instelling in dezelfde sector (de andere brin wordt genoemd).",
      watTeDoen:
        "Stem met de andere instelling af welke inschrijving klopt en corrigeer zo nodig de datum van in- of uitschrijving.",
    },
    en: {
      omschrijving:
        "The person has an overlapping enrolment at another institution of the same sector (the other brin is named).",
      watTeDoen:
        "Agree with the other institution which enrolment is right and correct the date of registration or deregistration if needed.",
    },
  },
  S02: {
    groep: "SIGNAAL",
    nl: {
      omschrijving:
        "po: de vorige inschrijving van de leerling op een andere school sluit niet aan: de dag na de uitschrijving daar is niet de datum van inschrijving hier (er zit een gat of een overlap tussen).",
      watTeDoen:
        "Stem met de vorige school de datums af, zodat de inschrijving hier begint op de dag na de uitschrijving daar.",
    },
    en: {
      omschrijving:
        "po: the pupil's previous enrolment at another school does not connect: the day after its deregistration is not this date of registration (a gap or an overlap).",
      watTeDoen:
        "Agree the dates with the previous school, so that this enrolment starts the day after the other one ended.",
    },
  },
  S03: {
    groep: "SIGNAAL",
    nl: {
      omschrijving:
        "De melding wijzigt gegevens voor een teldatum die al is vastgesteld; de definitieve bekostiging verandert niet.",
      watTeDoen:
        "Geen actie nodig als de wijziging klopt. Vindt u de vastgestelde bekostiging onjuist, neem dan contact op met DUO.",
    },
    en: {
      omschrijving:
        "The melding changes data for a count date that is already fixed; the definitive funding does not change.",
      watTeDoen: "No action needed if the change is right. If you think the fixed funding is wrong, contact DUO.",
    },
  },
  S04: {
    groep: "SIGNAAL",
    nl: {
      omschrijving: "BBL-inschrijving zonder beroepspraktijkvorming (bpv).",
      watTeDoen: "Lever de bpv van deze inschrijving aan; zonder bpv wordt een BBL-inschrijving niet bekostigd (M06).",
    },
    en: {
      omschrijving: "BBL enrolment without any work placement (bpv).",
      watTeDoen: "Deliver the work placement of this enrolment; without one a BBL enrolment is not funded (M06).",
    },
  },
  S05: {
    groep: "SIGNAAL",
    nl: {
      omschrijving: "De bpv valt (deels) buiten de datums van de inschrijving.",
      watTeDoen: "Controleer de begin- en einddatum van de bpv en de datums van de inschrijving.",
    },
    en: {
      omschrijving: "The work placement lies (partly) outside the enrolment's dates.",
      watTeDoen: "Check the start and end dates of the work placement and those of the enrolment.",
    },
  },
  M01: {
    groep: "MBO_INSCHRIJVING",
    nl: {
      omschrijving: "De instelling vraagt voor deze periode geen bekostiging (indicatie bekostigbaar = N).",
      watTeDoen: "Klopt dit niet, lever de periode dan opnieuw aan met indicatie bekostigbaar J.",
    },
    en: {
      omschrijving: "The institution asks no funding for this periode (indicatie bekostigbaar = N).",
      watTeDoen: "If that is wrong, deliver the periode again with indicatie bekostigbaar J.",
    },
  },
  M02: {
    groep: "MBO_INSCHRIJVING",
    nl: {
      omschrijving:
        "De opleiding is op de teldatum niet geldig (vóór de ingangsdatum of na de einddatum in RIO), of de student is na de instroomeinddatum aan deze opleiding begonnen.",
      watTeDoen:
        "Controleer de opleidingscode en de begindatum van de periode; schrijf in op een opleiding die op dat moment geldig is.",
    },
    en: {
      omschrijving:
        "The programme is not valid on the count date (before its start or after its end date in RIO), or the student entered it after its last intake date.",
      watTeDoen:
        "Check the programme code and the periode's start date; enrol in a programme that is valid at that time.",
    },
  },
  M03: {
    groep: "MBO_INSCHRIJVING",
    nl: {
      omschrijving:
        "De instelling heeft op de teldatum geen licentie voor deze opleiding en leerweg, de licentie is niet bekostigd, of de instelling zelf wordt niet bekostigd.",
      watTeDoen:
        "Controleer opleiding en leerweg. Hoort er een bekostigde licentie te zijn, neem dan contact op met DUO (RIO).",
    },
    en: {
      omschrijving:
        "On the count date the institution has no licence for this programme and leerweg, the licence is not funded, or the institution itself is not funded.",
      watTeDoen: "Check programme and leerweg. If there should be a funded licence, contact DUO (RIO).",
    },
  },
  M04: {
    groep: "MBO_INSCHRIJVING",
    nl: {
      omschrijving: "De leerweg is voor deze opleiding niet toegestaan.",
      watTeDoen: "Kies een leerweg die bij de opleiding hoort, of corrigeer de opleidingscode.",
    },
    en: {
      omschrijving: "The leerweg is not allowed for this programme.",
      watTeDoen: "Choose a leerweg the programme allows, or correct the programme code.",
    },
  },
  M05: {
    groep: "MBO_INSCHRIJVING",
    nl: {
      omschrijving: "De student is examendeelnemer (leerweg EX); een examendeelnemer wordt niet bekostigd.",
      watTeDoen:
        "Geen actie nodig als de student alleen examen doet; volgt de student onderwijs, lever dan de juiste leerweg aan.",
    },
    en: {
      omschrijving: "The student takes exams only (leerweg EX); exam-only participants are not funded.",
      watTeDoen:
        "No action needed if the student only takes exams; if the student follows education, deliver the right leerweg.",
    },
  },
  M06: {
    groep: "MBO_INSCHRIJVING",
    nl: {
      omschrijving:
        "BBL zonder bpv van deze inschrijving die uiterlijk 31 december van het kalenderjaar van de teldatum is afgesloten en die loopt in de tijd van de teldatum tot en met 31 december van dat jaar.",
      watTeDoen: "Lever de bpv van deze inschrijving aan, met afsluitdatum, begindatum en (geplande) einddatum.",
    },
    en: {
      omschrijving:
        "BBL without a work placement of this enrolment that was concluded by 31 December of the count date's calendar year and runs at some time from the count date up to that 31 December.",
      watTeDoen:
        "Deliver the work placement of this enrolment, with its conclusion date, start date and (planned) end date.",
    },
  },
  M07: {
    groep: "MBO_INSCHRIJVING",
    nl: {
      omschrijving:
        "BBL terwijl de student op 1 augustus van het studiejaar nog geen 16 jaar was (volledig leerplichtig).",
      watTeDoen:
        "Controleer de geboortedatum en de leerweg; een volledig leerplichtige student wordt in de BBL niet bekostigd.",
    },
    en: {
      omschrijving: "BBL while the student was not yet 16 on 1 August of the school year (full compulsory education).",
      watTeDoen:
        "Check the date of birth and the leerweg; a student of full compulsory school age is not funded in BBL.",
    },
  },
  M08: {
    groep: "MBO_INSCHRIJVING",
    nl: {
      omschrijving: "De student woont niet in Nederland, België of Duitsland.",
      watTeDoen: "Controleer het woonland. Klopt het, dan wordt deze inschrijving niet bekostigd.",
    },
    en: {
      omschrijving: "The student does not live in the Netherlands, Belgium or Germany.",
      watTeDoen: "Check the country of residence. If it is right, this enrolment is not funded.",
    },
  },
  M09: {
    groep: "MBO_INSCHRIJVING",
    nl: {
      omschrijving:
        "De student heeft op de teldatum nog een inschrijving, bij deze of een andere instelling, die ook bekostigd kan worden; een student telt maar één keer. De inschrijving met de vroegste datum van inschrijving telt (daarna de laagste brin, dan het laagste inschrijvingsvolgnummer); de genoemde brin is die van de inschrijving die telt.",
      watTeDoen:
        "Controleer met de andere instelling of beide inschrijvingen kloppen en schrijf de student zo nodig uit.",
    },
    en: {
      omschrijving:
        "On the count date the student has another enrolment, at this or another institution, that can be funded too; a student counts only once. The enrolment with the earliest date of registration counts (then the lowest brin, then the lowest inschrijvingsvolgnummer); the brin named is that of the enrolment that counts.",
      watTeDoen:
        "Check with the other institution whether both enrolments are right and deregister the student if needed.",
    },
  },
  D01: {
    groep: "MBO_DIPLOMA",
    nl: {
      omschrijving:
        "Het resultaat is een certificaat, of de instelling vraagt geen bekostiging voor dit diploma (indicatie bekostigbaar = N).",
      watTeDoen:
        "Alleen diploma's worden bekostigd. Kloppen de soort of de indicatie niet, lever het resultaat dan opnieuw aan.",
    },
    en: {
      omschrijving:
        "The result is a certificate, or the institution asks no funding for this diploma (indicatie bekostigbaar = N).",
      watTeDoen: "Only diplomas are funded. If the soort or the indicator is wrong, deliver the result again.",
    },
  },
  D02: {
    groep: "MBO_DIPLOMA",
    nl: { omschrijving: "Een entreediploma (niveau 1) wordt niet bekostigd.", watTeDoen: "Geen actie nodig." },
    en: { omschrijving: "An entree diploma (level 1) is not funded.", watTeDoen: "No action needed." },
  },
  D03: {
    groep: "MBO_DIPLOMA",
    nl: {
      omschrijving:
        "De student heeft eerder een bekostigd diploma behaald en dit diploma is niet hoger; bij een specialistenopleiding: er is al eerder een bekostigd specialistendiploma.",
      watTeDoen:
        "Geen actie nodig als beide diploma's kloppen; controleer anders de datum behaald en de opleidingscode.",
    },
    en: {
      omschrijving:
        "The student obtained a funded diploma earlier and this one is not higher; for a specialist programme: a funded specialist diploma was obtained earlier.",
      watTeDoen:
        "No action needed if both diplomas are right; otherwise check the date obtained and the programme code.",
    },
  },
  D04: {
    groep: "MBO_DIPLOMA",
    nl: {
      omschrijving:
        "De instelling had op de datum behaald geen bekostigde licentie voor deze opleiding (in welke leerweg dan ook).",
      watTeDoen:
        "Controleer de opleidingscode en de datum behaald; is de licentie onjuist geregistreerd, neem dan contact op met DUO (RIO).",
    },
    en: {
      omschrijving: "On the date obtained the institution had no funded licence for this programme (in any leerweg).",
      watTeDoen:
        "Check the programme code and the date obtained; if the licence is registered wrongly, contact DUO (RIO).",
    },
  },
  P01: {
    groep: "PO_INSCHRIJVING",
    nl: {
      omschrijving: "De leerling is op de teldatum jonger dan 4 jaar.",
      watTeDoen: "Controleer de geboortedatum; een leerling telt mee vanaf de dag dat hij of zij 4 jaar wordt.",
    },
    en: {
      omschrijving: "The pupil is younger than 4 on the count date.",
      watTeDoen: "Check the date of birth; a pupil counts from the day they turn 4.",
    },
  },
  P02: {
    groep: "PO_INSCHRIJVING",
    nl: {
      omschrijving: "De school wordt niet bekostigd.",
      watTeDoen: "Geen actie nodig. Is de school onjuist geregistreerd, neem dan contact op met DUO.",
    },
    en: {
      omschrijving: "The school is not funded.",
      watTeDoen: "No action needed. If the school is registered wrongly, contact DUO.",
    },
  },
  P03: {
    groep: "PO_INSCHRIJVING",
    nl: {
      omschrijving:
        "De leerling heeft op de teldatum nog een inschrijving die ook bekostigd kan worden; een leerling telt maar één keer. De inschrijving met de vroegste datum van inschrijving telt (daarna de laagste brin, dan het laagste inschrijvingsvolgnummer); de genoemde brin is die van de school die telt.",
      watTeDoen: "Stem met de andere school de datum van in- of uitschrijving af.",
    },
    en: {
      omschrijving:
        "On the count date the pupil has another enrolment that can be funded too; a pupil counts only once. The enrolment with the earliest date of registration counts (then the lowest brin, then the lowest inschrijvingsvolgnummer); the brin named is that of the school that counts.",
      watTeDoen: "Agree the date of registration or deregistration with the other school.",
    },
  },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

export function isCode(value: string): value is Code {
  return Object.prototype.hasOwnProperty.call(CODES, value);
}

/** The text of a code in a language; undefined for a string that is no code. */
export function codeTekst(code: string, taal: Taal): CodeTekst | undefined {
  return isCode(code) ? CODES[code][taal] : undefined;
}

/** The codes of one group in code order (help page sections). */
export function codesVanGroep(groep: CodeGroep): Code[] {
  return (Object.keys(CODES) as Code[]).filter((c) => CODES[c].groep === groep).sort();
}
