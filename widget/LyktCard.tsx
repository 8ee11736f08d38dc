/**
 * What Preact renders in an embed: a partner's card, the cards for an ad text, or nothing (a
 * mistake). A valid built-in card never comes here: mount.tsx writes it as HTML (card-html.ts).
 */
import { Fail } from './Fail';
import { ForTextCards, PartnerCard } from './AsyncCards';
import { headingOf, langOf, mistake, type LyktCardProps } from './props';

export type { LyktCardProps };

export function LyktCard(props: LyktCardProps) {
  const lang = langOf(props);
  const wrong = mistake(props, lang);
  if (wrong || !lang) return <Fail code={wrong?.[0] ?? 'lang'} text={wrong?.[1] ?? ''} />;
  const h = headingOf(props);
  return (
    <div class="lykt-widget" lang={lang}>
      {props.partnerCard !== undefined ? (
        <PartnerCard input={props.partnerCard} lang={lang} headingLevel={h} />
      ) : (
        <ForTextCards text={props.forText ?? ''} lang={lang} headingLevel={h} />
      )}
    </div>
  );
}
