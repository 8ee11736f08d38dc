/**
 * Bidi safety for page- or file-supplied strings (issue 19.10). Explicit embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) are shown as visible marks, so an RLO can neither
 * reverse a contact (`+4741234567` shown as `7654321474+`) nor hide itself; the UI also isolates
 * each string (`<bdi>`, or FSI…PDI where no element fits), so nothing spills into its neighbours.
 */
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export const showBidiControls = (s: string): string =>
  s.replace(CONTROLS, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase()}⟩`);

/** For SVG text and `<option>` labels, which cannot hold `<bdi>`: FSI … PDI. */
export const isolate = (s: string): string => `\u2068${showBidiControls(s)}\u2069`;
