export type StatusPillProps = {
  /** The background's version, or null while waiting for its answer. */
  version: string | null;
};

/** A small "Lykt is on" pill; the vertical slice of issue 2, replaced by badges later. */
export function StatusPill({ version }: StatusPillProps) {
  return (
    <p class="lykt-pill" role="status" data-version={version ?? ''}>
      {version === null ? 'Lykt …' : `Lykt ${version}`}
    </p>
  );
}
