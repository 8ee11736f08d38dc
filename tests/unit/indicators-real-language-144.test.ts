/**
 * Round 144 of issue 12: in a massage ad that says nothing more than a clinic would, a nationality
 * is the house's style or name. The first case failed before this round (0e5bc8e); the second
 * guards what stays hers.
 */
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('a clinic nationality of round 144', () => {
  it('a salon named for a country, or its glued Nordic style, is no ethnicity', () => {
    for (const [t, title] of [
      [
        'Welcome to Golden Thai Spa. Relaxing treatments by trained therapists, book online.',
        'Spa',
      ],
      ['Thaimassage i Kungälv. Avkoppling för kropp och sinne, boka tid online.', 'Massage'],
      ['Om oss: Balinese spa med ansiktsbehandling och fotbad. Boka tid.', 'Massage'],
    ])
      expect(cats(scan(t!, title))).not.toContain('ethnicity');
  });

  it('the women, an origin and a list stay hers, and so does any sexual cue', () => {
    for (const t of [
      'Relaxing massage by sweet Thai girls, open late, book online.',
      'Massage by skilled therapists handpicked from Thailand, book online.',
      'Relaxing massage by Thai, Filipina and Korean staff, book online.',
      'Thai spa with body to body massage, open late.',
    ])
      expect(cats(scan(t, 'Massage'))).toContain('ethnicity');
  });
});
