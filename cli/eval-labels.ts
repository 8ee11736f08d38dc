/**
 * Labelled ads for `npm run eval`: parsing with line-numbered errors, and the fixed tune /
 * hold-out split of ../shared/eval/real-dev.jsonl by source repository.
 */
import { CATEGORIES, CONTEXTS, type AdInput, type Category } from '../indicators';

export interface LabelledAd extends AdInput {
  id: string;
  context?: string;
  expect: Category[];
  allow: Category[];
  flag: boolean;
  source?: string;
}

/**
 * Sources kept out of tuning, chosen once (before any tuning) so that each kind of ad (escort
 * snapshots, Swedish job ads, clinics, a casting page) has unseen examples. Everything else is TUNE.
 */
export const HOLDOUT_SOURCES: readonly string[] = [
  'Medieinstitutet/fed24d-case-af-jobtech-team-13',
  'abdwhb-png/just-ladies.com',
  'disastersystem/ihf',
  'felixruponen/jobsweeper',
  'kottetall/personligt-brev-node',
  'renatewr/victor-hugo',
  'usc-isi-i2/dig-alignment',
];
export const SPLITS = ['all', 'tune', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

/** The repository part of a `source` ("owner/repo:path…" → "owner/repo"). */
export const repoOf = (source: string | undefined) => (source ?? '').split(':')[0]!;

export function inSplit(ad: LabelledAd, split: Split): boolean {
  if (split === 'all') return true;
  return HOLDOUT_SOURCES.includes(repoOf(ad.source)) === (split === 'holdout');
}

const WORD_CATS = CATEGORIES.filter((c) => c !== 'shared-contact') as readonly string[];

function categories(o: Record<string, unknown>, key: string, lineNo: number): Category[] {
  const v = o[key] ?? [];
  if (!Array.isArray(v) || v.some((c) => typeof c !== 'string' || !WORD_CATS.includes(c)))
    throw new Error(
      `line ${lineNo}: "${key}" must be a list of categories (${WORD_CATS.join(', ')})`,
    );
  return v as Category[];
}

/** One line → a labelled ad, or an Error naming the line and the field. */
export function parseLabelled(line: string, lineNo: number): LabelledAd {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw new Error(`line ${lineNo}: invalid JSON (${(e as Error).message})`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new Error(`line ${lineNo}: not a JSON object`);
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new Error(`line ${lineNo}: "text" must be a string`);
  if (typeof o.flag !== 'boolean') throw new Error(`line ${lineNo}: "flag" must be true or false`);
  for (const k of ['title', 'lang', 'source'] as const)
    if (o[k] !== undefined && typeof o[k] !== 'string')
      throw new Error(`line ${lineNo}: "${k}" must be a string`);
  if (o.context !== undefined && !(CONTEXTS as readonly unknown[]).includes(o.context))
    throw new Error(`line ${lineNo}: "context" must be one of ${CONTEXTS.join(', ')}`);
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : `line${lineNo}`;
  return {
    id,
    text: o.text,
    ...(o.title !== undefined && { title: o.title as string }),
    ...(o.lang !== undefined && { lang: o.lang as string }),
    ...(o.context !== undefined && { context: o.context as string }),
    ...(o.source !== undefined && { source: o.source as string }),
    expect: categories(o, 'expect', lineNo),
    allow: categories(o, 'allow', lineNo),
    flag: o.flag,
  };
}

/** Every non-blank line of a JSONL file; throws on the first bad line. */
export function parseLabelledFile(content: string): LabelledAd[] {
  const ads: LabelledAd[] = [];
  content.split('\n').forEach((l, i) => {
    if (l.trim()) ads.push(parseLabelled(l, i + 1));
  });
  return ads;
}

/** The ad as the extension sees it on a page: title first, then the body, as one text. */
export const asOnPage = (ad: LabelledAd): LabelledAd =>
  ad.title ? { ...ad, text: `${ad.title}\n${ad.text}` } : ad;
