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
