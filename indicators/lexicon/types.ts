/** Shapes of the lexicon data files (one per language). Patterns are literals, never RegExp. */
import { CONTEXTS, type AdContext, type Category } from '../types';

/** A `*` at either end of a pattern drops the word boundary there: "thai*" matches "thaimassasje". */
export interface IndicatorEntry {
  id: string;
  category: Exclude<Category, 'shared-contact'>;
  weight: number;
  /** Ad contexts (and job ads recruiting women: `Gate`) in which the cue counts; elsewhere
   * ("young" in a sofa ad) it is ignored. */
  contexts: readonly Gate[];
  /** Short explanation key: what the cue says about the ad. */
  why: string;
  patterns: readonly string[];
  /**
   * Counts only beside another cue of its category ("🍒" beside "young"): alone, decoration. A
   * list names more categories whose cues back it ("no experience needed" beside a sex-work job
   * offer, recruitment, is the offer's labour side: detect69).
   */
  backs?: true | readonly Category[];
}

/** Words that tell what kind of ad this is. */
export interface ContextEntry {
  id: string;
  context: AdContext;
  weight: number;
  patterns: readonly string[];
}

/**
 * Phrases that cancel cues: `ad` cancels the listed categories in the whole ad ("no sexual
 * services"), `next` cancels the cue that follows in the same clause ("not 24/7"), `span`
 * cancels cues inside the phrase itself ("young at heart").
 */
export interface NegationEntry {
  id: string;
  scope: 'ad' | 'next' | 'span';
  categories: readonly Category[] | 'all';
  patterns: readonly string[];
}

export interface Lexicon {
  indicators: readonly IndicatorEntry[];
  contexts: readonly ContextEntry[];
  negations: readonly NegationEntry[];
}

/**
 * Where a cue may count: an ad context, or `women-wanted`, a job ad recruiting women ("ladies
 * wanted"), which weighs the cues of every sex-work ad but not the escort-only light words
 * ("girls", "agency": there they are the recruits).
 */
export type Gate = AdContext | 'women-wanted';
/** Bit i of a cue's context mask is GATES[i]. */
export const GATES: readonly Gate[] = [...CONTEXTS, 'women-wanted'];

/** Contexts where sex-work cues count. */
export const SEX: readonly Gate[] = ['dating', 'escort', 'massage', 'women-wanted'];
/** Sex-work ads but not personals: a personal's race words are the poster's own or the wished
 * partner's ("Hispanic male seeks…"), not a worker's listed nationality (detect115). */
export const SEX_WORK: readonly Gate[] = ['escort', 'massage', 'women-wanted'];
/** Sex-work contexts plus job ads ("young girls wanted" for modelling abroad). */
export const SEX_JOB: readonly Gate[] = ['dating', 'escort', 'job', 'massage'];
export const ESCORT_MASSAGE: readonly AdContext[] = ['escort', 'massage'];
export const JOB: readonly AdContext[] = ['job'];
/** Recruitment cues: job ads, and escort or massage ads that recruit. */
export const RECRUIT: readonly AdContext[] = ['escort', 'job', 'massage'];
/** Unambiguous cues ("no condom", "call our driver"): they count in every context and pull it. */
export const ANY: readonly AdContext[] = CONTEXTS;
