/**
 * Turns lexicon entries and custom terms into one pattern list for the matcher, plus per-row
 * numbers (kind, category, contexts as bits, weight…) so a scan reads arrays, not objects.
 */
import {
  GATES,
  type ContextEntry,
  type IndicatorEntry,
  type Lexicon,
  type NegationEntry,
} from './lexicon/types';
import { buildMatcher, type Matcher, type PatternSpec } from './matcher';
import { normalizePattern } from './normalize';
import { CATEGORIES, CONTEXTS, type Category, type CustomTerm, type Lang } from './types';

export type Row =
  | { kind: 'ind'; term: string; entry: IndicatorEntry }
  | { kind: 'ctx'; term: string; entry: ContextEntry }
  | { kind: 'neg'; term: string; entry: NegationEntry };

export const IND = 0,
  CTX = 1,
  NEG = 2;
export const SCOPE_AD = 0,
  SCOPE_NEXT = 1,
  SCOPE_SPAN = 2;
const SCOPES = ['ad', 'next', 'span'];

export interface Compiled {
  rows: Row[];
  matcher: Matcher;
  /** Per row: IND, CTX or NEG. */
  kind: Uint8Array;
  /** IND: category index in CATEGORIES. CTX: context index in CONTEXTS. NEG: scope. */
  code: Uint8Array;
  /** IND: contexts (bit i = GATES[i]) where the cue counts. NEG: categories it cancels. */
  mask: Uint16Array;
  /** IND, CTX: the weight. */
  weight: Float64Array;
  /** IND: one number per category and lower-cased term (a repeated term adds nothing). */
  termKey: Int32Array;
}

/** Splits a lexicon pattern into its normalised text and boundary flags. */
export function parsePattern(p: string): PatternSpec {
  const left = !p.startsWith('*');
  const right = !p.endsWith('*');
  return { text: normalizePattern(p.slice(left ? 0 : 1, right ? p.length : -1)), left, right };
}

const bits = <T>(all: readonly T[], some: readonly T[] | 'all') =>
  all.reduce((m, x, i) => (some === 'all' || some.includes(x) ? m | (1 << i) : m), 0);

/** Lexicons by language: the bundled ones (index.ts), or those a host sent (the content script). */
export type Lexicons = Partial<Record<Lang, Lexicon>>;

export function compile(
  lexicons: Lexicons,
  langs: readonly Lang[],
  custom: readonly CustomTerm[],
  disabled: ReadonlySet<Category>,
): Compiled {
  const rows: Row[] = [];
  const specs: PatternSpec[] = [];
  const t = new Tables();
  const done = new Set<Row['entry']>();
  // A pattern twice in one entry after normalisation (or a language listed twice) counts once.
  const add = (kind: Row['kind'], entry: Row['entry']) => {
    if (done.has(entry)) return;
    done.add(entry);
    const seen = new Set<string>();
    for (const term of entry.patterns) {
      const spec = parsePattern(term);
      const k = spec.text + (spec.left ? '<' : '') + (spec.right ? '>' : '');
      if (spec.text === '' || seen.has(k)) continue;
      seen.add(k);
      const bare = term.slice(spec.left ? 0 : 1, spec.right ? term.length : -1);
      rows.push({ kind, term: bare, entry } as Row);
      specs.push(spec);
      t.add(kind, entry, bare);
    }
  };
  for (const lang of langs) {
    const lex = lexicons[lang];
    if (!lex) continue;
    for (const entry of lex.indicators) if (!disabled.has(entry.category)) add('ind', entry);
    for (const entry of lex.contexts) add('ctx', entry);
    for (const entry of lex.negations) add('neg', entry);
  }
  const seen = new Set<string>();
  custom.forEach((c, i) => {
    if (disabled.has(c.category) || c.category === 'shared-contact') return;
    const entry: IndicatorEntry = {
      id: `custom.${i}`,
      category: c.category,
      weight: c.weight,
      contexts: CONTEXTS,
      why: 'custom',
      patterns: [c.term],
    };
    // Custom terms are literals: a `*` in them is just a character, so no boundary parsing.
    const text = normalizePattern(c.term);
    const k = `${text}|${c.category}`;
    if (text === '' || seen.has(k)) return;
    seen.add(k);
    rows.push({ kind: 'ind', term: c.term, entry });
    specs.push({ text, left: true, right: true });
    t.add('ind', entry, c.term);
  });
  return { rows, matcher: buildMatcher(specs), ...t.done() };
}

/** Per-row numbers, worked out once per entry. */
class Tables {
  kind: number[] = [];
  code: number[] = [];
  mask: number[] = [];
  weight: number[] = [];
  termKey: number[] = [];
  private keys = new Map<string, number>();
  private last: Row['entry'] | undefined;
  private vals = [0, 0, 0, 0];

  add(kind: Row['kind'], e: Row['entry'], term: string): void {
    if (e !== this.last) {
      this.last = e;
      if ('category' in e)
        this.vals = [IND, CATEGORIES.indexOf(e.category), bits(GATES, e.contexts), e.weight];
      else if ('context' in e) this.vals = [CTX, CONTEXTS.indexOf(e.context), 0, e.weight];
      else this.vals = [NEG, SCOPES.indexOf(e.scope), bits(CATEGORIES, e.categories), 0];
    }
    const [k, code, mask, weight] = this.vals as [number, number, number, number];
    this.kind.push(k);
    this.code.push(code);
    this.mask.push(mask);
    this.weight.push(weight);
    let key = 0;
    if (kind === 'ind') {
      const s = `${CATEGORIES[code]}|${term.toLowerCase()}`;
      key = this.keys.get(s) ?? this.keys.size;
      this.keys.set(s, key);
    }
    this.termKey.push(key);
  }

  done() {
    return {
      kind: Uint8Array.from(this.kind),
      code: Uint8Array.from(this.code),
      mask: Uint16Array.from(this.mask),
      weight: Float64Array.from(this.weight),
      termKey: Int32Array.from(this.termKey),
    };
  }
}
