/**
 * Place names in an ad: a short list of Norwegian, Swedish, Danish, Finnish and some other
 * cities (where ads in the log come from), found as whole words in the text, the title or the
 * address's host and path ("phoenix.backpage.com"), plus a city-like word after a phrase that
 * names where someone is ("new in Drammen", "ny i Moss", "based in Lyon"). Pure TypeScript: the
 * log page shows them per cluster beside the sites. A place is a hint, never a location fix.
 */

/** Canonical names; a name with aliases lists them after `|` (lower case, as written in ads). */
const CITIES = // Norway
  (
    'Oslo,Bergen,Trondheim,Stavanger,Drammen,Fredrikstad,Kristiansand,Sandnes,Tromsø|tromso,' +
    'Sarpsborg,Skien,Ålesund|alesund,Sandefjord,Haugesund,Tønsberg|tonsberg,Moss,Porsgrunn,' +
    'Bodø|bodo,Arendal,Hamar,Larvik,Halden,Lillehammer,Molde,Gjøvik|gjovik,Kongsberg,Harstad,' +
    'Horten,Jessheim,Lillestrøm|lillestrom,Asker,Bærum|baerum,Sandvika,Moelv,Elverum,' +
    'Kongsvinger,Narvik,Alta,Hønefoss|honefoss,' +
    // Sweden
    'Stockholm,Göteborg|goteborg|gothenburg,Malmö|malmo,Uppsala,Västerås|vasteras,' +
    'Örebro|orebro,Linköping|linkoping,Helsingborg,Jönköping|jonkoping,Norrköping|norrkoping,' +
    'Lund,Umeå|umea,Gävle|gavle,Borås|boras,Södertälje|sodertalje,Eskilstuna,Halmstad,' +
    'Växjö|vaxjo,Karlstad,Sundsvall,Luleå|lulea,' +
    // Denmark, Finland, Iceland
    'København|kobenhavn|copenhagen,Aarhus|århus,Odense,Aalborg|ålborg,Helsinki|helsingfors,' +
    'Espoo,Tampere,Turku|åbo,Reykjavík|reykjavik,' +
    // Elsewhere in Europe
    'London,Manchester,Birmingham,Dublin,Paris,Lyon,Berlin,Hamburg,München|munich,Frankfurt,' +
    'Amsterdam,Rotterdam,Brussel|brussels|bruxelles,Madrid,Barcelona,Roma|rome,Milano|milan,' +
    'Wien|vienna,Praha|prague,Warszawa|warsaw,Kraków|krakow,Budapest,' +
    'Bucureşti|bucharest|bucuresti,Riga,Tallinn,Vilnius,Kyiv|kiev,Athen|athens,Lisboa|lisbon,' +
    'Zürich|zurich,Genève|geneva|geneve,' +
    // North America (the public research ads)
    'New York,Los Angeles,Chicago,Houston,Phoenix,Philadelphia,San Antonio,San Diego,Dallas,' +
    'San Jose,Seattle,Boston,Denver,Atlanta,Miami,Las Vegas,Detroit,Portland,Toronto,' +
    'Montreal,Vancouver,Mesa,Tucson,Cambridge,Waltham'
  )
    .split(',')
    .filter(Boolean);

const FOLD = (s: string) => s.normalize('NFC').toLocaleLowerCase('nb');
/** Lower-case spelling → canonical name. */
const BY_SPELLING = new Map<string, string>();
for (const entry of CITIES) {
  const [name, ...aliases] = entry.split('|') as [string, ...string[]];
  for (const s of [name, ...aliases]) BY_SPELLING.set(FOLD(s), name);
}
const LONGEST = Math.max(...[...BY_SPELLING.keys()].map((k) => k.split(' ').length));

/** Phrases that say where someone is, then a capitalised word: "new in X", "ny i X". */
const CUES = [
  'new',
  'ny',
  'nye',
  'located',
  'based',
  'staying',
  'available',
  'visiting',
  'besøker',
  'bor',
  'jobber',
  'work',
  'working',
  'arrived',
  'kommer til',
  'nyankommet',
];
const WHERE = new RegExp(
  `(?<![\\p{L}])(?:${CUES.map((c) => `[${c[0]}${c[0]!.toUpperCase()}]${c.slice(1)}`).join('|')})` +
    `\\s+(?:in|i|på|to|til)\\s+(\\p{Lu}[\\p{Ll}'-]{2,}(?:[ -]\\p{Lu}[\\p{Ll}'-]+)?)`,
  'gu',
);
/** Words after such a phrase that are not places. */
const NOT_PLACES = new Set([
  'town',
  'byen',
  'the',
  'city',
  'area',
  'norge',
  'norway',
  'sverige',
  'sweden',
]);

const WORDS = /[\p{L}]+/gu;

function listed(words: readonly string[], capitalised: boolean, found: Set<string>): void {
  for (let i = 0; i < words.length; i++) {
    // In prose a place starts with a capital ("Moss", not "moss"); addresses are lower case.
    if (capitalised && !/^\p{Lu}/u.test(words[i]!)) continue;
    for (let n = LONGEST; n >= 1; n--) {
      const name = BY_SPELLING.get(FOLD(words.slice(i, i + n).join(' ')));
      if (name) {
        found.add(name);
        i += n - 1;
        break;
      }
    }
  }
}

/** Places named in ad texts or titles, canonical names in the order first seen. */
export function placesIn(...texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    listed(text.match(WORDS) ?? [], true, found);
    for (const m of text.matchAll(WHERE)) {
      const w = m[1]!;
      if (!NOT_PLACES.has(FOLD(w))) found.add(BY_SPELLING.get(FOLD(w)) ?? w);
    }
  }
  return [...found];
}

/** Places in an ad's address: its host and path ("phoenix.backpage.com/…", "/oslo/…"). */
export function placesInUrl(url: string): string[] {
  const found = new Set<string>();
  try {
    const u = new URL(url);
    listed(`${u.hostname} ${decodeURIComponent(u.pathname)}`.match(WORDS) ?? [], false, found);
  } catch {
    // Not an address: no place from it.
  }
  return [...found];
}

/** An ad's places: from its title and text, then its address. */
export const placesOf = (e: { title: string; text: string; url: string }): string[] => [
  ...new Set([...placesIn(e.title, e.text), ...placesInUrl(e.url)]),
];
