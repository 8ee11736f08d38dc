/**
 * What each side may see of a scanned ad (issue 14: "not a concern here"; issue 19.5):
 *   - the user (badge, popover): the result without the words and ads dismissed on this site;
 *   - the page (highlight registry, `data-lykt-level`): that, minus the user's own
 *     custom terms, re-levelled, so a probe ad cannot read whether a private term matched.
 */
import { levelFor, weigh } from '../indicators/score';
import type { Finding, Level, ScanResult } from '../indicators/types';
import { adTextHash, type SiteDismissed } from '../settings/dismissed';
import { termKey } from '../settings/term-key';
import type { AdState } from './scanner';

export interface LensOptions {
  dismissed: SiteDismissed;
  /** termKey()s of the user's custom terms. */
  custom: ReadonlySet<string>;
}

export interface Look {
  /** What the badge and popover show (the engine's result, dismissed words taken out). */
  result: ScanResult;
  /** The whole ad was marked "not a concern here". */
  dismissedAd: boolean;
  /** What page-readable state may carry: no custom-term finding, and the level without them. */
  pub: { level: Level; indicators: Finding[] };
}

const NONE: Look['pub'] = { level: 'none', indicators: [] };

/** The same result with only the findings `keep` accepts, weighed and levelled again. */
function only(result: ScanResult, keep: (f: Finding) => boolean): ScanResult {
  if (result.indicators.every(keep)) return result;
  const indicators = result.indicators.filter(keep).map((f) => ({ ...f }));
  const score = weigh(indicators);
  const level = indicators.length ? levelFor(indicators, score, result.context) : 'none';
  return { ...result, indicators, score, level };
}

export class Lens {
  constructor(readonly o: LensOptions) {}

  static plain(): Lens {
    return new Lens({
      dismissed: { ads: new Set(), terms: new Set() },
      custom: new Set(),
    });
  }

  hash(state: AdState): string {
    return adTextHash(state.map.text);
  }

  /**
   * What page-readable state carries (`look(state).pub`): the engine's result itself, with
   * nothing to allocate, when nothing is dismissed and there are no custom terms (the common
   * case, once per ad for its level and once for its highlights).
   */
  pub(state: AdState): Look['pub'] {
    const { dismissed, custom } = this.o;
    if (dismissed.ads.size + dismissed.terms.size + custom.size === 0) return state.result;
    return this.look(state).pub;
  }

  look(state: AdState): Look {
    const { dismissed, custom } = this.o;
    if (dismissed.ads.size > 0 && dismissed.ads.has(this.hash(state))) {
      const result = { ...state.result, indicators: [], level: 'none' as const, score: 0 };
      return { result, dismissedAd: true, pub: NONE };
    }
    const terms = dismissed.terms;
    const result =
      terms.size === 0 ? state.result : only(state.result, (f) => !terms.has(termKey(f.term)));
    const pub = custom.size === 0 ? result : only(result, (f) => !custom.has(termKey(f.term)));
    return { result, dismissedAd: false, pub: { level: pub.level, indicators: pub.indicators } };
  }
}
