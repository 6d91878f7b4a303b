// The benchmark's scenarios (quality.md), in the order they run; no app imports, so the CLI can
// check its arguments before the app's environment is set.
export const SCENARIOS = [
  "import-1m",
  "copy-baseline",
  "reimport-1m",
  "api-put",
  "pages",
  "recompute",
  "embedded-100k",
] as const;
export type Scenario = (typeof SCENARIOS)[number];
