// @vitest-environment node
// Job, recruitment and labour wording of real ads (issue 12, detect10): written fresh for this
// test in the style of real job boards, labour-migration agencies and escort agencies' hiring pages
// (en, nb, sv, da). Honest look-alikes — employer housing, a paid flight, work abroad, no
// experience needed — stay below medium however they are combined; coercive terms (cash off the
// books, wages deducted for the journey, a kept passport, an unpaid trial, living at the
// workplace) are labour cues, and an escort agency that hires is recruitment.
import { describe, expect, it } from 'vitest';
import { scan, cats, flagged } from '../support/engine-scan';

describe('honest job ads with housing, travel and work abroad stay below medium', () => {
  it.each([
    [
      'a job order abroad with employer housing and a paid flight',
      'Seafood processing workers for Greece. Salary EUR 1,100 per month, overtime included. Accommodation provided by the employer, one-way flight paid by the employer. Two-year contract.',
      'Seafood processing worker - Greece',
    ],
    [
      'sv: housing said twice and the journey paid',
      'Jobba på hotell i Spanien i sommar! Boende ingår, bostad ordnas åt dig. Resan betalas. Bra lön. Ansök här.',
      'Säsongsjobb utomlands',
    ],
    [
      'a licensed agency: abroad, the Gulf, free accommodation',
      'Licensed recruitment agency placing workers abroad: security guards and bus drivers in the Gulf. Free accommodation and transportation, health insurance. Apply now.',
      'International job placements',
    ],
    [
      'nb: seasonal job, no experience, housing offered',
      'Vi søker sesongarbeidere til fiskemottak. Ingen erfaring nødvendig, opplæring gis. Bolig tilbys. Jobb i Norge fra januar til april.',
      'Sesongjobb',
    ],
    [
      'da: no experience and housing',
      'Vi søger medhjælpere til grøntsagsgartneri. Ingen erfaring kræves. Bolig tilbydes mod husleje. Løn efter overenskomst.',
      'Sæsonarbejde',
    ],
  ])('%s', (_, text, title) => {
    const r = scan(text, title);
    expect(r.context).toBe('job');
    expect(flagged(r)).toBe(false);
  });
});

describe('coercive job terms are labour cues and flag the ad', () => {
  it.each([
    [
      'sv: cash wages and the journey taken from the first wage',
      'Arbete i Sverige! Ingen erfarenhet krävs, boende ingår. Lönen betalas kontant. Resan dras från första lönen.',
      'Lagerjobb',
    ],
    [
      'nb: off-the-books pay for girls, travel and housing arranged',
      'Jobb i Norge for jenter. Ingen erfaring nødvendig. Vi ordner reise og bolig. Svart betaling, kontant hver uke.',
      'Jobb',
    ],
    [
      'en: the employer keeps the passport',
      'Restaurant worker wanted. Unpaid trial week, then pay in cash. Employer keeps passport during the contract.',
      'Kitchen help',
    ],
    [
      'da: unpaid trial, cash, rent taken from the first wage',
      'Vi søger køkkenmedhjælper. Ubetalt prøvetid på to uger, derefter løn kontant. Husleje trækkes fra første løn.',
      'Job i restaurant',
    ],
    [
      'da: girls for a club, the journey repaid from the first wage',
      'Piger søges til klub i København. Høj løn, vi ordner rejsen. Du betaler rejsen tilbage af din første løn.',
      'Piger søges',
    ],
  ])('%s', (_, text, title) => {
    const r = scan(text, title);
    expect(cats(r)).toContain('labour');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    [
      'en',
      'Kitchen staff wanted. Unpaid training for the first week.',
      'Kitchen staff',
      'Unpaid training',
    ],
    ['nb', 'Servitør søkes. Ubetalt prøvevakt før ansettelse.', 'Servitør', 'Ubetalt prøvevakt'],
    ['sv', 'Diskare sökes. Obetald provdag innan anställning.', 'Diskare', 'Obetald provdag'],
  ])('%s: an unpaid trial is labour', (_, text, title, match) => {
    const r = scan(text, title);
    expect(r.indicators.some((f) => f.category === 'labour' && f.match === match)).toBe(true);
  });

  it.each([
    ['sv', 'Massör sökes till salong i centrum. Boende i salongen.', 'Massör sökes'],
    ['en', 'Massage therapist wanted. You can live in the salon.', 'Therapist wanted'],
  ])('%s: living at the workplace is labour, also in a salon', (_, text, title) => {
    expect(cats(scan(text, title))).toContain('labour');
  });
});

describe('an escort agency that hires is recruitment', () => {
  it.each([
    'We hire new models to our escort agency. How much do girls earn? You keep 50% to 80% of what the client pays. Casting in Moscow and St. Petersburg.',
    'Join the best agency in town. Our girls earn £500 a night, we recruit ladies from all over Europe. Escort work, drivers provided.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(true);
  });
});
