/**
 * e2e harness page: every component and every card, each in its own shadow root with the
 * shared styles, as the extension and the widget mount them. Built by bundle-harness.ts.
 */
import { render, type ComponentChild } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { allCards, CARD_LANGS, cardsForCategories, getCard, type Card } from '../../cards/index';
import { CardPopover } from '../../components/CardPopover';
import { CardTabs } from '../../components/CardTabs';
import { IndicatorList } from '../../components/IndicatorList';
import { InfoCard } from '../../components/InfoCard';
import { LevelBadge } from '../../components/LevelBadge';
import { LYKT_CSS } from '../../components/styles';
import type { Finding } from '../../indicators/types';

function mount(id: string, vnode: ComponentChild, title: string) {
  const section = document.createElement('section');
  section.setAttribute('aria-label', title);
  const host = document.createElement('div');
  host.id = id;
  host.style.maxWidth = '560px';
  host.style.margin = '12px';
  section.append(host);
  document.getElementById('app')!.append(section);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = LYKT_CSS;
  shadow.append(style);
  const root = document.createElement('div');
  shadow.append(root);
  render(vnode, root);
}

const FINDINGS: Finding[] = [
  { category: 'youth', term: 'young', match: 'YOUNG', start: 0, end: 5, weight: 2 },
  {
    category: 'third-party',
    term: 'our girls',
    // What a page shows (README pictures); markup in ad text: tests/unit/components.test.tsx.
    match: 'our girls',
    start: 6,
    end: 15,
    weight: 2,
  },
  {
    category: 'movement',
    term: 'new in town',
    match: 'new in town',
    start: 20,
    end: 31,
    weight: 1,
  },
  {
    category: 'shared-contact',
    term: 'shared-contact',
    match: '+4791234567',
    start: 40,
    end: 51,
    weight: 1,
  },
];
const CATS = ['youth', 'third-party', 'movement', 'shared-contact'] as const;

function BadgeWithPopover({ lang }: { lang: 'nb' | 'en' }) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLSpanElement>(null);
  const anchor = wrap.current?.querySelector('button') ?? null;
  const cards = cardsForCategories(CATS)
    .map((id) => getCard(id, lang))
    .filter((c): c is Card => !!c);
  return (
    <div>
      <span ref={wrap}>
        <LevelBadge
          level="high"
          words={FINDINGS.length}
          categories={[...CATS]}
          lang={lang}
          expanded={open}
          onActivate={() => setOpen(!open)}
        />
      </span>
      <CardPopover
        anchor={anchor}
        open={open}
        onClose={() => setOpen(false)}
        label="Lykt"
        lang={lang}
      >
        <IndicatorList findings={FINDINGS} lang={lang} />
        <CardTabs cards={cards} lang={lang} />
      </CardPopover>
    </div>
  );
}

for (const lang of CARD_LANGS) {
  for (const card of allCards(lang))
    mount(`card-${card.id}-${lang}`, <InfoCard card={card} />, card.title);
  mount(
    `indicators-${lang}`,
    <IndicatorList findings={FINDINGS} lang={lang} />,
    `indicators ${lang}`,
  );
  mount(
    `badges-${lang}`,
    <p>
      {(['none', 'low', 'medium', 'high'] as const).map((level, i) => (
        <span key={level} style={{ marginInlineEnd: '8px' }}>
          <LevelBadge
            level={level}
            words={i + 2}
            categories={[...CATS].slice(0, i + 1)}
            lang={lang}
          />
        </span>
      ))}
    </p>,
    `badges ${lang}`,
  );
  mount(
    `tabs-${lang}`,
    <CardTabs cards={allCards(lang).slice(0, 3)} lang={lang} headingLevel={2} />,
    `tabs ${lang}`,
  );
  mount(`popover-${lang}`, <BadgeWithPopover lang={lang} />, `popover ${lang}`);
}
document.body.dataset.ready = '1';
