/** A mistake in how the CLI was called: exit code 2, with the message and a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const HELP = `kzprotest: query the @kzprotest/data records from the shell

Usage: kzprotest <command> [options]

Commands:
  events [--from D] [--to D] [--place ID] [--actor ID] [--theme ID] [--type T]
                      events in date order (D is YYYY, YYYY-MM or YYYY-MM-DD)
  show <id>           one record of any collection, with its claims and quotes
  search <text>       records by any name, alias or title (case and accents ignored)
  sources             the source texts, with citation and coverage
  stats               record counts per collection and per source
  coverage [--baseline FILE] [--uncovered]
                      share of each source's body sentences covered by claims;
                      with --baseline, exit 1 when a source falls below it
  export <collection> --format F [--out FILE] [--bom] [--exact] [--ascii]
                      a collection as a file: events, places (csv, json, geojson);
                      sources (csv, json, csl, bibtex, ris); claims (csv, json,
                      web-annotation); actors (csv, json);
                      themes, redirects (json). --out keeps the old file on any
                      error and writes through symlinks; --bom
                      starts CSV with a byte order mark for Excel; --exact turns off
                      the apostrophe before cells that start like a formula (= + - @);
                      --ascii writes BibTeX in ASCII for classic BibTeX
  datapackage <folder>
                      the Frictionless data package: every collection as CSV,
                      JSON (with its JSON Schema), GeoJSON and citation files,
                      described by <folder>/datapackage.json; written whole
                      or not at all, replacing an earlier data package there

Options:
  --json              machine-readable output
  -h, --help          this help
  -v, --version       the package and data version

Exit codes: 0 done, 1 the command failed (unknown id, coverage below baseline, --out not
writable), 2 bad usage.`;
