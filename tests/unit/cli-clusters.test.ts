import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { clustersOf, writeClusters } from '../../cli/clusters';

const TEMPLATE = (name: string) =>
  `Hi gentlemen, I am ${name}, new in town for a few days only. Sweet and discreet, incall and ` +
  'outcall, available late, private apartment near the station, call or text anytime.';

describe('lykt clusters', () => {
  it('clusters ads and scan results from JSONL, names bad lines', async () => {
    const lines = [
      '\ufeff' + JSON.stringify({ id: 'a', text: `${TEMPLATE('Anna')} Ring 912 34 567.` }),
      JSON.stringify({ id: 'b', text: TEMPLATE('Bella') }),
      JSON.stringify({ id: 'r1', contacts: [{ type: 'email', value: 'x@y.no' }] }),
      JSON.stringify({ id: 'r2', contacts: [{ type: 'email', value: 'x@y.no' }] }),
      '{not json',
      JSON.stringify({ id: 'empty' }),
      '',
    ];
    const { clusters, errors } = await clustersOf(Readable.from(lines.join('\n')));
    expect(errors).toEqual(['line 5: invalid JSON', 'line 6: needs "text" or "contacts"']);
    expect(clusters.map((c) => c.ids)).toEqual([
      ['a', 'b'],
      ['r1', 'r2'],
    ]);
    let text = '';
    const out = new Writable({
      write(chunk, _enc, done) {
        text += String(chunk);
        done();
      },
    });
    writeClusters(clusters, out, false);
    expect(text).toMatch(/^2 clusters\. A cluster is a reason to look closer, never proof\./);
    expect(text).toContain('r1 – r2: same e-mail x@y.no');
    expect(text).toMatch(/a – b: \d+ % same text/);
  });
});
