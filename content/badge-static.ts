/**
 * A badge before anyone touches it: the same markup LevelBadge renders, built with plain DOM
 * calls (a listing may get hundreds of badges at once; a Preact render each costs ~10×).
 * On the first pointer, focus, key or click the badge is hydrated into AdBadge, which reuses
 * this very button, so focus and the event in flight stay where they are.
 */
import type { CardLang } from '../cards/types';
import { badgeName, badgeText } from '../components/LevelBadge';
import type { Category, Level } from '../indicators/types';

export function staticBadge(
  doc: Document,
  level: Level,
  words: number,
  categories: readonly Category[],
  lang: CardLang,
  compact = false,
): HTMLSpanElement {
  const wrap = doc.createElement('span');
  wrap.className = 'lykt-badge-wrap';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = compact ? 'lykt-badge lykt-marker' : 'lykt-badge';
  button.setAttribute('data-level', level);
  button.lang = lang;
  button.setAttribute('aria-label', badgeName(level, words, categories, lang, compact));
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-haspopup', 'dialog');
  const dot = doc.createElement('span');
  dot.className = 'lykt-badge-dot';
  dot.setAttribute('aria-hidden', 'true');
  // One text node, as Preact renders `{text}`: hydration then matches node for node.
  button.append(dot, badgeText(level, words, categories.length, lang, compact));
  wrap.append(button);
  return wrap;
}
