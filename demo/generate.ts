/**
 * Generates the demo classified site's ads: made up, deterministic for a seed.
 * Mix: goods, housing and jobs are mostly ordinary; escort, massage and some job ads
 * carry indicator language; innocent uses of trigger words are always included; a few
 * phone numbers are shared by 2–4 ads (written in different formats).
 */
import { createRng, shuffle, type Rng } from './prng';
import { FLAGGED, SLOTS, type AdTemplate, type DemoCategory, type DemoLang } from './templates';
import { BENIGN } from './templates-benign';
import { ITEMS, SPECIAL } from './templates-special';

export type { DemoCategory, DemoLang } from './templates';

export interface DemoAd {
  id: string;
  category: 'massage' | 'escort' | 'job' | 'goods' | 'housing';
  lang: 'nb' | 'en';
  title: string;
  text: string;
  place: string;
  phone?: string;
  email?: string;
  price?: string;
  postedAt: string;
  /** The ad's words carry indicators: Lykt should flag it at medium or above. */
  expectFlag: boolean;
}

export const DEFAULT_SEED = 727; // chosen so the first screen mixes honest, innocent and indicator ads

export const PLACES = [
  'Oslo',
  'Bergen',
  'Trondheim',
  'Stavanger',
  'Drammen',
  'Kristiansand',
  'Tromsø',
  'Fredrikstad',
  'Bodø',
  'Ålesund',
  'Hamar',
  'Tønsberg',
];

const CATEGORY_WEIGHTS: readonly [DemoCategory, number][] = [
  ['goods', 0.3],
  ['housing', 0.2],
  ['job', 0.2],
  ['massage', 0.15],
  ['escort', 0.15],
];
const FLAG_SHARE: Record<DemoCategory, number> = {
  escort: 0.65,
  massage: 0.45,
  job: 0.2,
  goods: 0,
  housing: 0,
};
const PHONE_SHARE: Record<DemoCategory, number> = {
  escort: 0.95,
  massage: 0.95,
  job: 0.6,
  goods: 0.7,
  housing: 0.6,
};
const EMAIL_SHARE: Record<DemoCategory, number> = {
  escort: 0.05,
  massage: 0.1,
  job: 0.4,
  goods: 0.1,
  housing: 0.3,
};

function pickTemplate(rng: Rng): AdTemplate {
  let roll = rng.next();
  let category: DemoCategory = 'goods';
  for (const [c, w] of CATEGORY_WEIGHTS) {
    category = c;
    if ((roll -= w) < 0) break;
  }
  const flag = rng.chance(FLAG_SHARE[category]);
  const pool = (flag ? FLAGGED : BENIGN).filter((t) => t.category === category);
  return rng.pick(pool);
}

function fill(template: string, slots: Map<string, string>, rng: Rng, place: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'place') return place;
    const known = slots.get(name);
    if (known !== undefined) return known;
    const options =
      (SLOTS as Record<string, readonly string[]>)[name] ??
      (ITEMS as Record<string, readonly string[]>)[name];
    if (!options) throw new Error(`unknown slot {${name}}`);
    const value = rng.pick(options);
    slots.set(name, value);
    return value;
  });
}

/** Second digits of Norwegian mobile numbers 4x (libphonenumber-js max: 42, 43, 44, 49 are not). */
const MOBILE_4X = '015678';

/** A clearly fictional Norwegian mobile number (4xx 00 xxx) that still parses as valid. */
function fakeMobile(rng: Rng): string {
  const x = rng.int(10, 99);
  return `4${MOBILE_4X[Math.floor(x / 10) % 6]}${x % 10}00${rng.int(100, 999)}`;
}

/** The same number written the ways real ads write it. */
function formatPhone(digits: string, rng: Rng): string {
  const spaced = `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
  return rng.pick([`+47 ${spaced}`, spaced, digits, `+47${digits}`, `0047 ${spaced}`]);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface Ring {
  digits: string;
  left: number;
}

/** Hands out phone numbers; flagged ads (and a few sellers) share one across 2–4 ads. */
function phoneBook(rng: Rng): (ad: AdTemplate) => string {
  const rings = new Map<string, Ring>();
  return (t) => {
    const share = t.flag ? 0.5 : t.category === 'goods' ? 0.15 : 0;
    if (!rng.chance(share)) return fakeMobile(rng);
    const key = `${t.flag}-${t.category}`;
    let ring = rings.get(key);
    if (!ring || ring.left === 0)
      rings.set(key, (ring = { digits: fakeMobile(rng), left: rng.int(2, 4) }));
    ring.left--;
    return ring.digits;
  };
}

export function generateAds(count: number, opts: { seed?: number } = {}): DemoAd[] {
  const rng = createRng(opts.seed ?? DEFAULT_SEED);
  const templates = SPECIAL.slice(0, count);
  while (templates.length < count) templates.push(pickTemplate(rng));
  shuffle(templates, rng);
  const nextPhone = phoneBook(rng);
  let time = Date.UTC(2025, 5, 2, 12, 0, 0);
  return templates.map((t, i) => {
    const slots = new Map<string, string>();
    const place = rng.pick(PLACES);
    const first = rng.int(0, (t.parts[0]?.length ?? 1) - 1);
    const aligned = t.titles.length === t.parts[0]?.length;
    const text = t.parts
      .map((group, g) => fill(g === 0 ? (group[first] ?? '') : rng.pick(group), slots, rng, place))
      .filter((s) => s !== '')
      .join(' ');
    const title = aligned ? (t.titles[first] ?? '') : rng.pick(t.titles);
    const ad: DemoAd = {
      id: `a${i + 1}`,
      category: t.category,
      lang: t.lang as DemoLang,
      title: capitalise(fill(title, slots, rng, place)),
      text: capitalise(text),
      place,
      postedAt: new Date((time -= rng.int(3, 90) * 60_000)).toISOString(),
      expectFlag: t.flag,
    };
    if (rng.chance(PHONE_SHARE[t.category])) ad.phone = formatPhone(nextPhone(t), rng);
    if (rng.chance(EMAIL_SHARE[t.category]))
      ad.email = `${t.category}.${rng.int(100, 999)}@example.com`;
    const price = t.prices ? rng.pick(t.prices) : '';
    if (price) ad.price = price;
    return ad;
  });
}
