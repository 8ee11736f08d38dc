/**
 * components/InfoCard.tsx for the widget's files (build.ts points CardTabs' import here): the
 * same DOM, filled from card-html.ts in one innerHTML, so the widget carries one card renderer
 * and no second sanitizer pass (a partner card's HTML has been through DOMPurify already).
 */
import { useId } from 'preact/hooks';
import type { InfoCardProps } from '../components/InfoCard';
import { articleHtml } from './card-html';
import { trustedHtml } from './trusted';

export function InfoCard({ card, headingLevel = 2 }: InfoCardProps) {
  const id = `lykt-${card.id}-${useId()}`;
  return (
    <article
      class="lykt-card"
      lang={card.lang}
      aria-labelledby={id}
      dangerouslySetInnerHTML={{ __html: trustedHtml(articleHtml(card, headingLevel, id)) }}
    />
  );
}
