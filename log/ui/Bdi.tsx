import { showBidiControls } from '../bidi';

export interface BdiProps {
  /** Page- or file-supplied text (a title, a site, a contact, a note). */
  text: string;
  class?: string;
}

/** Isolated text: its direction comes from itself and never reorders what is around it. */
export function Bdi({ text, class: cls }: BdiProps) {
  return (
    <bdi dir="auto" class={cls}>
      {showBidiControls(text)}
    </bdi>
  );
}

export interface BdiListProps {
  items: readonly string[];
  class?: string;
}

/** "a, b, c" with each item isolated. */
export function BdiList({ items, class: cls }: BdiListProps) {
  return (
    <>
      {items.map((s, i) => (
        <span key={s}>
          {i > 0 && ', '}
          <Bdi text={s} class={cls} />
        </span>
      ))}
    </>
  );
}
