import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { StatusPill } from '../../components/StatusPill';

describe('StatusPill', () => {
  it('shows the version once the background answered', () => {
    const root = document.createElement('div');
    render(<StatusPill version="1.2.3" />, root);
    expect(root.textContent).toBe('Lykt 1.2.3');
    expect(root.querySelector('[role=status]')).not.toBeNull();
  });
});
