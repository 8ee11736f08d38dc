import { useLayoutEffect, useRef } from 'preact/hooks';
import { warnOnce } from './messages';

export type FailProps = {
  /** Short machine-readable reason, set as `data-lykt-error` on the embed element. */
  code: string;
  /** For the partner: one console warning. */
  text: string;
};

/**
 * What a reader sees when an embed cannot be shown: nothing. The partner gets one console line
 * and `data-lykt-error` on the element (to find it, or to style a fallback of their own).
 */
export function Fail({ code, text }: FailProps) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    warnOnce(text);
    const root = ref.current?.getRootNode();
    if (root instanceof ShadowRoot) root.host.setAttribute('data-lykt-error', code);
  }, [code, text]);
  return <span ref={ref} hidden />;
}
