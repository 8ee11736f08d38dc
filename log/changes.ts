/**
 * "The log changed" signal between extension contexts (background save → open side panel or
 * log page). BroadcastChannel reaches every same-origin context; IndexedDB has no change events.
 */
const NAME = 'lykt-log-changes';

export function notifyLogChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(NAME);
  ch.postMessage('changed');
  ch.close();
}

/** Calls `cb` whenever another context changed the log; returns the unsubscribe. */
export function onLogChanged(cb: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const ch = new BroadcastChannel(NAME);
  ch.onmessage = () => cb();
  return () => ch.close();
}
