/**
 * A large deterministic corpus for the engine's golden test: the dev set, the demo site's ads
 * (seed 7) and generated tricky strings (lexicon phrases hidden the way ads hide them, negations,
 * disguised phones and e-mails, odd Unicode). Any engine change that alters a result shows up.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateAds } from '../../demo/generate';
import { LEXICONS } from '../../indicators/lexicon';
import type { AdInput } from '../../indicators/types';

const HAND: string[] = [
  'Hot уоung g1rl, n e w  in town, hap\u200bpy end\u200bing',
  'S.E.X.Y y.o.u.n.g girl, BBFS ok, b/b/f/s, B.B.B.J, no condom needed',
  'Ｆｒｅｓｈ ｔｅｅｎ babe just landed, 100% real pics, 𝐲𝐨𝐮𝐧𝐠 𝔣𝔯𝔢𝔰𝔥',
  'Ring nine 1 two 3 four 5 six 7 eller 4five5 12 345, +46 70 123 45 67, (201) 555-0123',
  'anna (at) gmail [dot] com, bob [at] mail (dot) co (dot) uk, x@y.no, ola { snabel-a } post < punkt > no',
  'Ingen seksuelle tjenester. No sexual services! Strictly non-sexual. Inga sexuella tjänster.',
  'Not available 24/7. Ikke ny i byen. Young at heart, ung i sinnet.',
  'youngggg  fresssh  neeew giiirls, y-o-u-n-g, f.r.e.s.h, n_e_w g_i_r_l_s',
  'Ny pige i byen 🍒💗✈️🧳, kun få dage, døgnet rundt, ekte bilder',
  'Søte unge jenter fra Asia, nye hver uke. Ring sjåføren: 0047 912 34 567.',
  'tha\u0308i masa\u0301ge, n\u030aye jenter, Å\u0301, ﬁne ﬂat, ①②③, Ⅻ, ™ ℌ',
  '\ud800 lone \udc00 surrogates \ud83d young \ude00 girl 😀 \u{1d4ce}oung',
  'b o d y  t o  b o d y, body 2 body, b-2-b, b2b, nuru, h@ppy 3nding, $exy',
  'Jobb i utlandet! Høy lønn, flybillett og visum ordnes, betaler tilbake senere. Bolig inkludert.',
  'Warehouse jobs, no papers needed, housing provided, wages paid in cash, we keep your passport',
  '912345678 91234567 +4791234567 004791234567 4791234567 22 33 44 55 07700 900123 +1 201 555 0123',
  'en to tre fire fem seks sju åtte ni null one two three four five six seven eight nine zero',
  '',
  ' ',
  '....,,,;;;!!!???',
  '18 år, 24/7, 100%, 1st, 4 hands, 3some, 69, 2nite',
];

const ZW = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff'];
const CONF: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  y: 'у',
  x: 'х',
  i: 'і',
};
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', l: '|' };
const SEPS = [' ', '.', '-', '_', '/', '*', ' . ', '  '];
const FILLER =
  'hei jeg er en hyggelig dame sofa selges pent brukt call me today ring for avtale bra pris vi søker deg the quick brown fox kontakt oss nu tack hej med dig'.split(
    ' ',
  );
const NOISE = [
  '😀',
  '💋',
  '\u{1d4ce}',
  '\u0301',
  '\u0308',
  'ß',
  'İ',
  'ǅ',
  'ﬀ',
  '½',
  '\u202e',
  '\t',
  '\n',
  '«»',
  '…',
];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hides a phrase one of the ways ads do. */
function disguise(p: string, r: () => number): string {
  const chars = [...p.replace(/^\*|\*$/g, '')];
  switch (Math.floor(r() * 8)) {
    case 0:
      return chars.map((c) => LEET[c] ?? c).join('');
    case 1: {
      const s = SEPS[Math.floor(r() * SEPS.length)]!;
      return chars.join(s);
    }
    case 2:
      return chars.map((c) => (r() < 0.3 ? c + ZW[Math.floor(r() * ZW.length)]! : c)).join('');
    case 3:
      return chars.map((c) => CONF[c] ?? c).join('');
    case 4:
      return chars.map((c) => (r() < 0.3 ? c.repeat(2 + Math.floor(r() * 3)) : c)).join('');
    case 5:
      return p.toUpperCase();
    case 6:
      return chars.map((c) => (r() < 0.5 ? c.toUpperCase() : c)).join('');
    default:
      return p;
  }
}

const PHONES = [
  '912 34 567',
  '+47 912 34 567',
  'nine1two3 four5 six7',
  '9 1 2 3 4 5 6 7',
  '070-123 45 67',
  '+45 20 12 34 56',
  '(212) 555-0199',
  'fire fem fem 12 345',
];
const MAILS = [
  'anna@example.com',
  'anna (at) example [dot] com',
  'x [ at ] y ( dot ) no',
  'ola@@b..no',
  '@@@',
];

function tricky(count: number, seed: number): string[] {
  const r = rng(seed);
  const pats = Object.values(LEXICONS).flatMap((l) =>
    [...l.indicators, ...l.contexts, ...l.negations].flatMap((e) => [...e.patterns]),
  );
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(r() * 12);
    for (let k = 0; k < n; k++) {
      const x = r();
      if (x < 0.45) parts.push(disguise(pick(pats), r));
      else if (x < 0.75) parts.push(pick(FILLER));
      else if (x < 0.83) parts.push(pick(PHONES));
      else if (x < 0.88) parts.push(pick(MAILS));
      else if (x < 0.94) parts.push(pick(NOISE));
      else parts.push(String(Math.floor(r() * 1e9)));
    }
    out.push(parts.join(pick([' ', ' ', ', ', '. ', '! ', '', '\n', ' - '])));
  }
  return out;
}

export interface GoldenCorpus {
  dev: AdInput[];
  demo: AdInput[];
  tricky: AdInput[];
}

export function goldenCorpus(): GoldenCorpus {
  const dev = readFileSync(resolve('../shared/eval/dev-ads.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const a = JSON.parse(l) as AdInput;
      return { id: a.id, text: a.text, title: a.title, lang: a.lang };
    });
  const demo = generateAds(3000, { seed: 7 }).map((a) => ({
    id: a.id,
    text: [a.text, a.phone, a.email].filter(Boolean).join(' '),
    title: a.title,
    lang: a.lang,
  }));
  const langs = [undefined, 'nb', 'en', 'sv', 'da', 'nn'];
  const trick = [...HAND, ...tricky(3000, 11)].map((text, i) => ({
    id: `t${i}`,
    text,
    title: i % 4 === 0 ? tricky(1, i)[0] : i % 4 === 1 ? 'Escort' : undefined,
    lang: langs[i % langs.length],
  }));
  return { dev, demo, tricky: trick };
}
