/**
 * Rewrites indicators/lexicon/{nb,en,sv,da}.ts sorted (entries by id, patterns alphabetically),
 * one entry a line, so contributors can add terms anywhere. Run: npx tsx cli/sort-lexicon.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { LEXICONS } from '../indicators/lexicon';
import * as T from '../indicators/lexicon/types';

const NAMED = Object.entries(T as Record<string, unknown>).filter(
  (e): e is [string, readonly string[]] => Array.isArray(e[1]),
);
// One explicit locale: the order must not depend on the contributor's LANG (nb sorts æøå last).
const LEXICON_LOCALE = 'en';
const cmp = (a: string, b: string) => a.localeCompare(b, LEXICON_LOCALE);
const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const list = (xs: readonly string[]) => `[${[...new Set(xs)].sort(cmp).map(q).join(', ')}]`;

for (const [lang, lex] of Object.entries(LEXICONS)) {
  const path = new URL(`../indicators/lexicon/${lang}.ts`, import.meta.url);
  const header = readFileSync(path, 'utf8').split('\n')[0]!;
  const used = new Set<string>();
  const ctx = (c: readonly string[]) => {
    const named = NAMED.find(([, v]) => v === c);
    if (named) used.add(named[0]);
    return named ? named[0] : `[${c.map(q).join(', ')}]`;
  };
  const byId = <E extends { id: string }>(xs: readonly E[]) =>
    [...xs].sort((a, b) => cmp(a.id, b.id));
  const ind = byId(lex.indicators).map(
    (e) =>
      `    { id: ${q(e.id)}, category: ${q(e.category)}, weight: ${e.weight}, contexts: ${ctx(e.contexts)}, why: ${q(e.why)}, patterns: ${list(e.patterns)}${e.backs === true ? ', backs: true' : e.backs ? `, backs: [${e.backs.map(q).join(', ')}]` : ''} },`,
  );
  const con = byId(lex.contexts).map(
    (e) =>
      `    { id: ${q(e.id)}, context: ${q(e.context)}, weight: ${e.weight}, patterns: ${list(e.patterns)} },`,
  );
  const neg = byId(lex.negations).map(
    (e) =>
      `    { id: ${q(e.id)}, scope: ${q(e.scope)}, categories: ${e.categories === 'all' ? "'all'" : `[${e.categories.map(q).join(', ')}]`}, patterns: ${list(e.patterns)} },`,
  );
  const imports = [...used, 'type Lexicon'].sort((a, b) =>
    cmp(a.replace('type ', ''), b.replace('type ', '')),
  );
  const out = [
    header,
    `import { ${imports.join(', ')} } from './types';`,
    '',
    '// prettier-ignore',
    `export const ${lang}: Lexicon = {`,
    '  indicators: [',
    ...ind,
    '  ],',
    '  contexts: [',
    ...con,
    '  ],',
    '  negations: [',
    ...neg,
    '  ],',
    '};',
    '',
  ].join('\n');
  writeFileSync(path, out);
  console.log(
    `${lang}: ${lex.indicators.length + lex.contexts.length + lex.negations.length} entries`,
  );
}
