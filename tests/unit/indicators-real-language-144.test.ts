/**
 * Round 144 of issue 12. detect144 (before the round): in a massage ad that says nothing more than
 * a clinic would, a nationality is the house's style or name; its first case failed before it
 * (0e5bc8e), its second guards what stays hers. detect144b (the round's ads): each case failed
 * before it (e9f4ab8), except the plural and the self-description, which guard what stays hers.
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

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

describe('the ad words of round 144', () => {
  it('a volunteer call is no escort ad, and an escort blog is no job ad', () => {
    const volunteers = scan(
      'Foreningen er drevet af unge kræfter og friske idéer, og vi leder altid efter flere frivillige. Skriv til os!',
      'Til frivillige',
    );
    expect(flagged(volunteers)).toBe(false);
    expect(volunteers.context).not.toBe('escort');
    const blog = scan(
      'I position myself on the bar stool. I am meeting another escort for drinks, my first time.',
    );
    expect(blog.context).not.toBe('job');
    expect(flagged(blog)).toBe(false);
  });

  it('a webcam as a computer part, the 80s, a cancellation notice and a country are no cues', () => {
    const kit = scan(
      'Du behöver endast en dator med webbkamera och Wi-Fi. Skicka din ansökan!',
      'Bli volontär',
    );
    expect(cats(kit)).not.toContain('recruitment');
    expect(
      cats(scan('Escort and writer. There was even a Playboy spread back in the 80s.')),
    ).not.toContain('movement');
    expect(
      cats(
        scan('Massage clinic. Cancel any time before 24hrs preceding your appointment.', 'Massage'),
      ),
    ).not.toContain('restricted');
    const hostess = 'Hostess jobs in South Korea. Is knowledge of Korean required? No. Apply now.';
    expect(cats(scan(hostess, 'Vacancy: Hostess'))).not.toContain('ethnicity');
  });

  it('a clinic list of styles is no woman, but a plural and a self-description are hers', () => {
    expect(
      cats(
        scan(
          'Massage therapy in Dublin. Full body, Thai and sport massage, book online.',
          'Massage',
        ),
      ),
    ).not.toContain('ethnicity');
    for (const t of [
      'Relaxing spa in Westlands: Arabs, Ethiopians & Kenyans waiting, book online.',
      'Relaxing massage, book online. I am an independent thai, born in Thailand.',
    ])
      expect(cats(scan(t, 'Massage'))).toContain('ethnicity');
  });
});
