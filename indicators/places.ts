/**
 * Ethnicity words that are not the woman's: places, techniques, languages, clients (engine.ts runs
 * `places` on the live spans after selection).
 */
import { FOOD, FOOD_WORDS } from './markers';
import type { Normalized } from './normalize';
import type { Spans } from './findings';

/**
 * A nationality word that names a place or a technique is not her (POLICY-LOG.md, detect16): a
 * country after "in" or "to" ("certified in Hong Kong", "located in Moscow and St. Petersburg,
 * Russia", "agency in the Philippines", "travelled to Thailand", nb "utdannet i Thailand", and
 * down a list: "present in UAE, India, Saudi Arabia, Sri Lanka, Nigeria": detect49; "in South
 * Korea": detect144b), not after "born in"; and a nationality before a technique or a dish ("a
 * Japanese technique", "Chinese medicine", "Italian food"), a décor, an owner, a bank or a product
 * ("Moroccan-inspired", "Japanese-supervised", "Turkish bath", "Thai herbal", "Thai baht":
 * detect19; "Filipino banks"; "Chinese ‘Tuina’", "Chinese therapeutic massage", and the last of a
 * list: "Chinese, Egyptian and Greek techniques", nb "kinesiske, egyptiske og greske teknikker":
 * detect42); the clients she takes ("only respectful east indian gents", "asian men welcome":
 * detect49); a society or an association ("Irish Society of Physiotherapists", "Danish
 * Association of …": detect59); a street, a health authority or a word ("Jamaica Ave", "Danish
 * health authority", "a Thai word": places139), a procedure or a currency ("an erotic Japanese
 * rubdown", "Mexican pesos": detect140), healing, customs, wellness or hospitality ("authentic
 * Balinese healing", "Thai hospitality": detect141), a garden, hills, a horse show or a district
 * ("Japanese Friendship Garden", "Indian Hills": detect164). "Asian massage" stays hers.
 * `kind` as in engine.ts's clients(): 2 an ethnicity cue; `marks`: the marker words the matcher
 * saw (the food list's expression runs only after a food word).
 */
const IN_PLACE =
  /(?<!(?:born|raised) )\b(?:(?:in|to) (?:the )?(?:[\w. ]{0,30}, ){0,6}(?:(?:south|north|east|west|central) )?|i )$/i;
const COUNTRY = /(?:[ei]a|in[ae]|ien|land|kong|pan|nam|wan|[sz]il|pines|ope)$/i;
const THING =
  /^\p{L}*(?:(?:,|,? (?:and|or|og|och)) \p{L}+){0,3}\W[‘'"]?(?:authorit|scope\b|words?\b|ave(?:nue)?\b|road\b|street\b|blvd\b|procedure|rubdown|ritual|heal|customs?\b|compounds?\b|wellness|hospitality|peso|rupee|yuan|ringgit|dollar|kron|yen\b|won\b|techni|tekni|method|cultur|metod|medic|practice\b|food|restau|for [‘'"“]|chef|cook|cuisin|sandwich|pizza|pasta|inspir|supervi|owned|ba(?:th|ht)|herb|aroma|yoga|oil|choc|stretch|work\b|style|fusion|bank|therapeutic|tui ?na|form of|art of|therap(?:y|ies)\b|tradition|treatment|magic\b|villag|genocid|histor|film|state\b|cit(?:y|ies)\b|border|law\b|societ|associat|gent(?:s|lemen)\b|men\b|guys|clients\b|delegat|engineer|hills?\b|gardens?\b|horses?\b|friendship\b|district\b|quarter\b)/iu;

/** A language she speaks ("Fluent Thai, Basic English, Basic Chinese", "speaks English and Thai";
 * "Conversation: Russian, English", "in English, Spanish and Russian", "Mandarin Chinese":
 * places139), needs ("knowledge of Korean", detect144b), studies or teaches ("majoring in
 * Chinese", detect99), or a word's language ("Reiki means 'life force' in Japanese", "translates
 * to 'slippery' in Japanese"). */
const SPOKEN =
  /\b(?:fluent(?: in)?|basic|base|speaks?|speaking|languages?:?|conversation:?|mandarin|in (?:english|spanish|french|german|norwegian|swedish|danish)(?:,? (?:and|or|&)|,)|communicat\w*(?: \w+)? in|in addition to|knowledge of)\s+(?:\w+(?:,| and| &)?\s+){0,3}$|\b(?:(?:major|minor|degree|stud|learn|teach)\w* in|(?:learn|stud)\w*)\s+(?:\w+(?:,| and| &)\s+){0,3}$|\b(?:mean(?:s|ing)?|translat\w*)\b[^.!?\n]{0,40} in $/i;

/**
 * In a massage ad, a nationality right before a massage or a technique's body part names a style
 * ("Thai oljemassage", "Chinese foot reflexology", "Korean head spa", "Russian sports massage",
 * "Japanese nuru massage", places139). A "Russian massage girl" stays hers, and so does the glued
 * "Thaimassasje" of an ad that says more than a clinic (dev-ads d01, the held-out set).
 */
const STYLE =
  /^\p{L}*\s(?:\p{L}*massa(?:ge|sje)(?![\s-]+(?:girl|lad(?:y|ies)|wom[ae]n|babe|beaut))|olj|foot|feet|reflexolog|head\b|sports?\b|nuru\b|hands\b)/iu;
/** In a massage ad that says no more than a clinic (no sexual service, third party, youth or
 * hiring), a nationality is the house's style or name ("Thai Bliss", "Thai Spa", "Thai energy
 * flow", sv "Thaimassage i Kungälv") unless a woman follows it (detect144). */
const HERS =
  /^\p{L}*[\s-]+(?:\p{L}+\s+)?(?:girls?|lad(?:y|ies)|wom[ae]n|babes?|beaut|blond|brunet|redhead|ts\b|trans|escort|model|companion|jente|tjej|pige|dame|kvin|masseu|massør|massös|therapists?|terapeut|staff)/iu;
/** A nationality listed before another one stays hers (three are a menu of women, engine.ts), but
 * "Full body, Thai and sport massage" is a style. */
const LIST = /^\p{L}*(?:,? (?:and|or|og|och|eller)|,|\s*&)\s+/iu;
/** A plural ("Arabs, Ethiopians") is people; a glued word's ending ("thaimassasjens") is not. */
const PEOPLE = /[^s]s$/i;
const plural = (word: string, whole: string) =>
  whole.length - word.length < 3 && PEOPLE.test(whole);
/** An origin ("handpicked from Thailand") or her own ("born in", "I'm an independent thai"). */
const SELF = /\b(?:from|born in|raised in|i'?m|i am|she'?s|she is)\s+(?:an?\s+)?(?:\p{L}+\s+)?$/iu;
/** Where each live nationality starts (places()), reused across scans. */
const starts: number[] = [];

/** Whether a clinic's nationality (`whole`: its span and the rest of its last word, ending at
 * `end`) is its style or name (HERS above). */
function clinicStyle(
  rest: string,
  before: string,
  word: string,
  whole: string,
  end: number,
): boolean {
  const list = LIST.exec(rest);
  return (
    !HERS.test(rest) &&
    !plural(word, whole) &&
    !SELF.test(before) &&
    !(list && starts.includes(end + list[0].length)) &&
    !/^from\b/i.test(whole)
  );
}
/** The trade's own words for the women stay hers ("Asian massage", "Oriental massage"). */
const GENERIC = /^(?:a[is]|orient|exot|latin|ebon|euro|black|island|mix|foreign)/i;

/** Drops the live ethnicity spans that name a place, a thing, a language or a style (above);
 * `clinic`: a massage ad that says no more than a clinic (engine.ts's notClinic). */
export function places(
  text: string,
  n: Normalized,
  sp: Spans,
  kind: Uint8Array,
  marks: number,
  massage: boolean,
  clinic: boolean,
): void {
  starts.length = 0;
  if (clinic)
    for (let i = 0; i < sp.n; i++)
      if (sp.live[i] && kind[sp.p[i]!] === 2) starts.push(n.st[sp.from[i]!]!);
  for (let i = 0; i < sp.n; i++)
    if (sp.live[i] && kind[sp.p[i]!] === 2) {
      const start = n.st[sp.from[i]!]!;
      const end = n.en[sp.to[i]! - 1]!;
      const rest = text.slice(end, end + 64);
      const before = text.slice(Math.max(0, start - 120), start);
      const word = text.slice(start, end);
      const whole = word + /^\p{L}*/u.exec(rest)![0];
      if (
        THING.test(rest) ||
        (massage &&
          (STYLE.test(rest) || (clinic && clinicStyle(rest, before, word, whole, end))) &&
          !GENERIC.test(word)) ||
        SPOKEN.test(before) ||
        (marks & FOOD_WORDS && FOOD.test(before)) ||
        (COUNTRY.test(whole) && IN_PLACE.test(before))
      )
        sp.live[i] = 0;
    }
}
