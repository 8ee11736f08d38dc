// @vitest-environment node
// Round 127 of issue 12: escort, massage and dating sites' home pages of a Memex crawl and whole
// ad pages kept as an extractor's ground truth, read after their blind run. Every sentence is
// written for this test, not copied from any ad; each positive failed before this round (59bfee6).
import { describe, expect, it } from 'vitest';
import { scan } from '../support/engine-scan';

const cats = (text: string) => [...new Set(scan(text).indicators.map((i) => i.category))].sort();

describe('the ad words of round 127', () => {
  it('a gallery where the client may "choose any one model" is a house of several women', () => {
    expect(cats('Escorts gallery: models available, choose any one model you like.')).toContain(
      'third-party',
    );
  });

  it('"two / three girl play" is a service, not a house of girls', () => {
    expect(cats('Escort: sweet peach doing two girl play and three girl play.')).not.toContain(
      'third-party',
    );
  });
});
