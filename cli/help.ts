/** The text of `lykt --help` (kept beside the README's CLI section; both say the same). */
export const HELP = `lykt scan: flag trafficking-indicator language in classified ads (an indicator is a reason
to look closer, never a verdict).

usage: lykt scan [FILE|-] [options]        FILE: .jsonl, .csv (either may be gzipped), .parquet
       lykt clusters FILE|- [--json]       ads or scan results (JSONL) grouped by shared contact
                                           and near-identical text, each link with its reason

input (FILE, or stdin when FILE is - or missing):
  --from jsonl|csv|parquet  input format (default: from the file name, else jsonl)
  --text COL           column or key holding the ad text        (default: text)
  --id COL             ... the ad's id (default: id; else the line number)
  --title COL, --url COL, --lang COL                             (default: title, url, lang)
output (stdout: only results):
  -o, --output FILE    write here instead of stdout (replaced only when the scan succeeds)
  --to jsonl|csv|parquet  output format (default: from --output's name, else jsonl;
                       parquet needs -o FILE)
  --summary            a table of categories x levels instead of one result per ad
work:
  -j, --jobs N         worker threads (default: every core)
  --contacts merge|first-pass   how shared contacts are found (default merge: scan once, spool
                       results, then add shared contacts; first-pass: find contacts, then scan)
  -q, --quiet          no progress line (it only ever shows when stderr is a terminal)
  --stats              at the end, counts, pass times, peak memory and CPU time on stderr (JSON)
  -h, --help           this text;  --version  the version

exit status: 0 every ad scanned; 1 some lines were malformed (each named on stderr, skipped);
2 bad usage or unreadable input; 130 interrupted (Ctrl-C). A reader that closes the pipe early
(| head) ends the scan quietly with 0.

examples:
  lykt scan ads.jsonl > results.jsonl
  lykt scan export.csv.gz --text body --id ad_id --to csv -o results.csv
  zcat ads.jsonl.gz | lykt scan --summary
`;
