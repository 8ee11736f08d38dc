import type { Settings } from '../settings/types';

/** True when Lykt must not run on `host`: listed itself, or a parent domain is listed. */
export function isPausedHost(
  s: Pick<Settings, 'pausedSites' | 'neverRunOn'>,
  host: string,
): boolean {
  const h = host.toLowerCase();
  return [...s.pausedSites, ...s.neverRunOn].some((site) => h === site || h.endsWith(`.${site}`));
}
