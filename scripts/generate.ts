// CLI of the test-data generator: `npm run generate -- --soort mbo-inschrijvingen --rows 1000000 > file.csv`.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { isSoort, KOLOMMEN, SOORTEN } from "../lib/register/validate/soorten";
import {
  csvHeader,
  DEFAULT_TODAY,
  generateMeldingen,
  OptionError,
  writeCsv,
  type GenerateOptions,
} from "../lib/generate";

const USAGE = `Usage: npm run generate -- --soort <soort> --rows N [options] > file.csv

  --soort S            ${SOORTEN.join(" | ")}
  --rows N             rows of the inschrijvingen file; mbo-bpv, mbo-resultaten and po-verzuim
                       write the rows that belong to the inschrijvingen file of N rows
  --seed S             default 1; the same seed gives the same file
  --invalid-ratio R    fraction of meldingen with one deliberate error (0–1), default 0
  --brins A,B          default: the mbo or po institutions of the reference data
  --today YYYY-MM-DD   the day the file describes, default ${DEFAULT_TODAY}
  --prefix P           volgnummer prefix, default G (G-000001); T is reserved for acceptance tests
  --expected FILE      also write the deliberate errors (key columns;code;kolom;wat) to FILE
  --no-bom             no byte order mark
  --quiet              no summary on stderr

Files made with the same seed, rows, brins, today, prefix and invalid-ratio belong together:
upload the inschrijvingen file first.`;

function opties(): { gen: GenerateOptions; bom: boolean; quiet: boolean; expected?: string } {
  const { values } = parseArgs({
    options: {
      soort: { type: "string" },
      rows: { type: "string" },
      seed: { type: "string" },
      "invalid-ratio": { type: "string" },
      brins: { type: "string" },
      today: { type: "string" },
      prefix: { type: "string" },
      expected: { type: "string" },
      "no-bom": { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.soort || !isSoort(values.soort)) throw new OptionError(`--soort must be one of ${SOORTEN.join(", ")}`);
  if (!values.rows) throw new OptionError("--rows is required");
  const getal = (naam: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v.replace(/_/g, ""));
    if (v.trim() === "" || !Number.isFinite(n)) throw new OptionError(`--${naam} must be a number`);
    return n;
  };
  return {
    gen: {
      soort: values.soort,
      rows: getal("rows", values.rows)!,
      seed: getal("seed", values.seed),
      invalidRatio: getal("invalid-ratio", values["invalid-ratio"]),
      brins: values.brins
        ?.split(",")
        .map((b) => b.trim().toUpperCase())
        .filter(Boolean),
      today: values.today,
      prefix: values.prefix,
    },
    bom: !values["no-bom"],
    quiet: values.quiet ?? false,
    expected: values.expected,
  };
}

/** The deliberate errors as a small CSV: regenerated (the generator is deterministic) instead of kept in memory. */
function schrijfVerwacht(pad: string, gen: GenerateOptions): void {
  const header = csvHeader(gen.soort);
  const sleutel = KOLOMMEN[gen.soort].key.map((k) => header.indexOf(k));
  const fd = fs.openSync(pad, "w");
  try {
    fs.writeSync(fd, `${KOLOMMEN[gen.soort].key.join(";")};code;kolom;wat\n`);
    let buf = "";
    for (const m of generateMeldingen(gen)) {
      if (!m.fout) continue;
      buf += `${sleutel.map((i) => m.rows[0]![i]).join(";")};${m.fout.code};${m.fout.kolom};${m.fout.wat}\n`;
      if (buf.length > 65536) {
        fs.writeSync(fd, buf);
        buf = "";
      }
    }
    fs.writeSync(fd, buf);
  } finally {
    fs.closeSync(fd);
  }
}

async function main(): Promise<void> {
  const o = opties();
  const start = performance.now();
  const stats = await writeCsv(o.gen, process.stdout, { bom: o.bom });
  const s = (performance.now() - start) / 1000;
  if (o.expected) schrijfVerwacht(o.expected, o.gen);
  if (!o.quiet) {
    const invalid = Object.entries(stats.invalid)
      .sort()
      .map(([c, n]) => `${c} ${n}`)
      .join(", ");
    process.stderr.write(
      `${o.gen.soort}: ${stats.rows} rows, ${stats.meldingen} meldingen` +
        `${invalid ? ` (deliberate errors: ${invalid})` : ""}, ${s.toFixed(1)} s, ${Math.round(stats.rows / s)} rows/s\n`,
    );
  }
}

main().catch((e: unknown) => {
  // `generate … | head`: the reader went away; that is not an error of the generator.
  if ((e as NodeJS.ErrnoException).code === "EPIPE") process.exit(0);
  process.stderr.write(
    `${e instanceof OptionError ? `generate: ${e.message}\n\n${USAGE}` : String((e as Error).stack ?? e)}\n`,
  );
  process.exit(e instanceof OptionError ? 2 : 1);
});
