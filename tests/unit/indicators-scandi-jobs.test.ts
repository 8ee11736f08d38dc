// @vitest-environment node
// Scandinavian job, clinic and sexual ads (issue 12): written fresh for this test in the style of
// real nb, sv and da ads (job boards, staffing agencies, clinic price lists). Job ads are read as
// job ads from their structure words; a clinic's price list is a massage ad; the real phrasings of
// employer housing, cash or commission-only pay and arranged work permits are labour or
// recruitment cues, as are the Scandinavian spellings of sexual-ad cues; honest ads with the same
// words nearby stay at none.
import { describe, expect, it } from 'vitest';
import { scan, cats, flagged } from '../support/engine-scan';

describe('job ads are job ads from their structure words', () => {
  it.each([
    [
      'sv',
      'Som förskollärare planerar och utvärderar du det pedagogiska arbetet. Du har legitimation. Meriterande: B-körkort. Tillsvidareanställning, ansökan senast 31 mars.',
      'Förskollärare',
    ],
    [
      'sv',
      'Vi söker dig med examen inom maskinteknik. Dina arbetsuppgifter: layouter och ritningar. Kvalifikationer: goda kunskaper i svenska och engelska.',
      'Konstruktör',
    ],
    [
      'nb',
      'Arbeidsoppgaver: varemottak og plukk. Kvalifikasjoner: truckførerbevis. Fast ansettelse, tiltredelse etter avtale.',
      'Lagermedarbeider',
    ],
    [
      'da',
      'Arbejdsopgaver: kasse og varer. Kvalifikationer: du er mødestabil. Løn efter overenskomst. Send din ansøgning i dag.',
      'Butiksmedarbejder',
    ],
  ])('%s: %s', (_, text, title) => {
    expect(scan(text, title).context).toBe('job');
  });
});

describe('a clinic price list is a massage ad, not an escort ad', () => {
  it.each([
    [
      'nb',
      'Tradisjonell thaimassasje: trykkpunkter og strekking. 60 min 800. Oljemassasje 60 min 800. Fotmassasje 30 min 500. Bestill time på nett.',
      'Tjenester og priser',
    ],
    [
      'sv',
      'Klassisk massage 60 min 750 kr. Bindvävsmassage 45 min 600 kr. Boka tid online.',
      'Behandlingar och priser',
    ],
    ['da', 'Dybdegående massage 60 min 395 kr. Book tid online.', 'Priser'],
    ['nb', 'Kos deg med en deilig massasje hos oss. Ring meg for time, send sms.', 'Massasje'],
    [
      'sv',
      'Klassisk massage hos legitimerad massör. Ring mig eller sms:a mig, mys i väntrummet.',
      'Massage',
    ],
    [
      'nb',
      'Vi er en ung og dynamisk klinikk med erfarne terapeuter. Bestill time.',
      'Fysioterapi og massasje',
    ],
  ])('%s', (_, text, title) => {
    const r = scan(text, title);
    expect(r.context).toBe('massage');
    // "Thai" names the technique: at most a weak ethnicity cue, never a flag.
    expect(cats(r).filter((c) => c !== 'ethnicity')).toEqual([]);
    expect(flagged(r)).toBe(false);
  });
});

describe('real phrasings of employer housing, pay and permits', () => {
  it.each([
    ['nb', 'Sesongjobb på gård. Bolig er inkludert, mat og bolig på stedet. Søknad til oss.'],
    ['nb', 'Vi søker plukkere. Vi tilbyr bolig. Overnatting inkludert.'],
    ['sv', 'Vi söker bärplockare till säsongen. Vi erbjuder boende, mat och boende ingår.'],
    ['da', 'Vi søger medhjælper til landbrug. Bolig tilbydes, mad og bolig på gården.'],
  ])('%s: housing offered is a light labour cue (low alone)', (_, text) => {
    const r = scan(text);
    expect(r.context).toBe('job');
    expect(cats(r)).toEqual(['labour']);
    expect(flagged(r)).toBe(false);
  });
  it.each([
    ['nb', 'Vi søker selgere, kun provisjon, lønn betales ut kontant hver fredag.'],
    ['sv', 'Säljare sökes. Lön betalas ut kontant varje vecka.'],
    ['da', 'Sælgere søges, kun provision, løn udbetales kontant.'],
  ])('%s: cash or commission-only pay is labour', (_, text) => {
    expect(cats(scan(text))).toEqual(['labour']);
  });
  it.each([
    ['nb', 'Jobb i Norge for sveisere. Arbeidstillatelse ordnes, norsk er ikke et krav.'],
    ['sv', 'Jobb i Norge. Vi ordnar arbetstillstånd och vi står för resan.'],
    ['da', 'Job i Norge for håndværkere. Vi ordner arbejdstilladelse, dansk er ikke et krav.'],
  ])('%s: an arranged work permit is recruitment and flags', (_, text) => {
    const r = scan(text);
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(true);
  });
  it.each([
    'Undersköterskor sökes för uppdrag i Norge. Vi står för resa och boende. Ansök nu.',
    'Vi søker sveisere til verft. Reise og bolig dekkes av oss under oppdraget. Søknad til oss.',
  ])('travel and housing paid for travelling work is no recruitment cue by itself: %s', (text) => {
    const r = scan(text);
    expect(cats(r)).not.toContain('recruitment');
    expect(flagged(r)).toBe(false);
  });
  it.each([
    'Telefonsäljare sökes. Lön: rörlig ackords- eller provisionslön.',
    'Bärplockare sökes till säsongen. Boende kan ordnas nära gården. Ansök senast i juni.',
  ])('sv: %s is a light labour cue', (text) => {
    const r = scan(text);
    expect(cats(r)).toEqual(['labour']);
    expect(flagged(r)).toBe(false);
  });
  it('a debt repaid from wages with housing is medium', () => {
    const r = scan('Vi søker renholdere. Bolig er inkludert, husleie trekkes fra lønnen.');
    expect(cats(r)).toEqual(['labour']);
    expect(flagged(r)).toBe(true);
  });
});

describe('in a massage ad, employer words stay job-only: spa packages and clinic rules use them', () => {
  it('sv: a Thai salon hiring without experience is still recruitment and flags', () => {
    const r = scan(
      'Thaimassage i Göteborg söker massörer. Boende ingår, ingen erfarenhet krävs.',
      'Massör sökes',
    );
    expect(r.context).toBe('massage');
    expect(cats(r)).toEqual(['ethnicity', 'recruitment']);
    expect(flagged(r)).toBe(true);
  });
  it.each([
    ['Spaweekend med massage: resa och boende ingår, två behandlingar.', 'Spaweekend'],
    ['Spa-pakke med massasje, reise og losji inkludert.', 'Spa-opphold'],
    [
      'Klassisk massasje 60 min 790. Ved avbestilling senere enn 24 timer før, eller manglende oppmøte, må du betale gebyr.',
      'Massasje',
    ],
    ['Gavekort tilbakebetales ikke. Bestill time på nett.', 'Massasje'],
    [
      'Avbokning senare än 24 timmar innan debiteras. Presentkort betalas inte tillbaka.',
      'Massage',
    ],
    ['Gavekort kan ikke betales tilbage. Book tid.', 'Massage'],
    ['Åpent 7 dager i uka. Betaling kontant eller kort. Ring for time.', 'Massasje'],
  ])('%s', (text, title) => {
    const r = scan(text, title);
    expect(r.context).toBe('massage');
    expect(r.level, JSON.stringify(r.indicators)).toBe('none');
  });
});

describe('honest ads with the same words nearby stay at none', () => {
  it.each([
    'Sesongjobb på hotell. Personalbolig kan leies. Skriftlig arbeidskontrakt og lønn etter tariff.',
    'Relevant utdanning er ikke et krav, men en fordel. Norsk språknivå minimum B1. Søk stillingen i dag.',
    'Vi hjelper deg med arbeidstillatelse og flytting til Norge. Fast stilling, lønn etter tariff.',
    'Till stödpersonal söker vi dig som kanske inte hunnit skaffa dig så mycket erfarenhet. Ansök senast i maj.',
    'Nyanländ med erfarenhet som servitör? Vi har ett jobb för dig. Kollektivavtal.',
    'Stugorna används som boende för bröllopsgäster och turister. Vi söker hotellstädare, 1-2 års erfarenhet.',
    'Kurerpartner: nemt og fleksibelt at tjene penge, minimum 110 kr i timen. Send din ansøgning.',
    'Vi søger omdelere 13-17 år. Arbejdet er udendørs, tæt på din egen adresse. Ansøg i dag.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(r.level, JSON.stringify(r.indicators)).toBe('none');
  });
});

describe('Scandinavian spellings of sexual-ad cues', () => {
  it.each([
    ['sv', 'Söt tjej i Malmö, oskyddat sex mot extra. Ring mig.', 'risky-services'],
    ['da', 'Sød pige, ubeskyttet sex muligt. Ring til mig.', 'risky-services'],
    ['sv', 'Hej! Jag är 19 och ny i stan, diskret träff.', 'youth'],
  ])('%s: %s', (_, text, category) => {
    const r = scan(text);
    expect(cats(r)).toContain(category);
    expect(flagged(r)).toBe(true);
  });
  it('sv: "oskyddade" outside a sexual ad is no cue', () => {
    expect(scan('Oskyddade områden i skogen, ved säljes, hämtas.').level).toBe('none');
  });
});
