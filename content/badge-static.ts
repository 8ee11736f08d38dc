/**
 * A badge before anyone touches it: the same markup LevelBadge renders, built with plain DOM
 * calls (a listing may get hundreds of badges at once; a Preact render each costs ~10×).
 * On the first pointer, focus, key or click the badge is hydrated into AdBadge, which reuses
 * this very button, so focus and the event in flight stay where they are.
 */
import type { CardLang } from '../cards/types';
import { badgeName } from '../components/LevelBadge';
import { t } from '../components/i18n';
import type { Category, Level } from '../indicators/types';

export function staticBadge(
  doc: Document,
  level: Level,
  categories: readonly Category[],
  lang: CardLang,
): HTMLSpanElement {
  const count = categories.length;
  const wrap = doc.createElement('span');
  wrap.className = 'lykt-badge-wrap';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'lykt-badge';
  button.setAttribute('data-level', level);
  button.lang = lang;
  button.setAttribute('aria-label', badgeName(count, categories, level, lang));
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-haspopup', 'dialog');
  const dot = doc.createElement('span');
  dot.className = 'lykt-badge-dot';
  dot.setAttribute('aria-hidden', 'true');
  // Three text nodes, as Preact renders `{count} {noun}`: hydration then matches node for node.
  button.append(dot, String(count), ' ', t(lang, count === 1 ? 'indicatorOne' : 'indicatorMany'));
  wrap.append(button);
  return wrap;
}
