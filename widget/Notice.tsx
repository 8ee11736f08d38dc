import { useEffect } from 'preact/hooks';
import { warnOnce } from './messages';

export type NoticeProps = {
  text: string;
  /** Also log it once to the console: for a partner's mistake, not for an empty result. */
  warn?: boolean;
};

/** A small, clear line in place of a card that cannot be shown. */
export function Notice({ text, warn = false }: NoticeProps) {
  useEffect(() => {
    if (warn) warnOnce(text);
  }, [text, warn]);
  return (
    <p class={warn ? 'lykt-notice lykt-notice-warn' : 'lykt-notice'} role="note">
      {text}
    </p>
  );
}
