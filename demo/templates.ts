/**
 * Shapes of the made-up ads. A template's text is one pick from each part group
 * ('' skips the group); {slots} are filled by generate.ts. No real people, places
 * are Norwegian towns, every phone number and e-mail is fictional.
 */
export type DemoCategory = 'massage' | 'escort' | 'job' | 'goods' | 'housing';
export type DemoLang = 'nb' | 'en';

export interface AdTemplate {
  category: DemoCategory;
  lang: DemoLang;
  /** The text carries indicator language: Lykt should flag it (medium or above). */
  flag: boolean;
  /** With as many titles as first-group parts, title i goes with part i. */
  titles: readonly string[];
  parts: readonly (readonly string[])[];
  prices?: readonly string[];
}

export const SLOTS = {
  ethEn: ['Asian', 'Thai', 'exotic', 'oriental', 'Latina'],
  ethNb: ['asiatisk', 'thailandsk', 'eksotisk', 'østeuropeisk'],
  ethNbPl: ['asiatiske', 'thailandske', 'eksotiske'],
  youngAge: ['18', '19', '20', '21'],
  adultAge: ['29', '34', '38', '41', '46'],
  pay: ['3000 EUR a week', '2500 EUR a week', '5000 USD a month'],
  abroad: ['Dubai', 'Europe', 'Cyprus', 'the Gulf'],
} as const;

/** Indicator language, in the style of the shared dev set but re-worded and varied. */
export const FLAGGED: readonly AdTemplate[] = [
  {
    category: 'escort',
    lang: 'en',
    flag: true,
    titles: [
      'New in {place}!',
      'Sweet {ethEn} girl',
      'Just arrived, only a few days',
      'Fresh faces this week',
    ],
    parts: [
      [
        'Sweet young {ethEn} girl',
        'Fresh {ethEn} girls',
        'Petite young {ethEn} lady, {youngAge},',
        'y0ung  s w e e t  {ethEn} g1rl',
      ],
      [
        'just arrived in {place}, only a few days!',
        'new in town this week.',
        'touring, in {place} for 3 days only ✈️',
        'n e w  in town 🍒',
      ],
      ['Incall 24/7.', 'Always available, no days off.', 'Open day and night, text only.', ''],
      ['100% real pics.', 'Not fake!! Legit.', ''],
      ['Call my manager to book.', 'Call now.', 'Text the driver for address.'],
    ],
    prices: ['1500 kr', '2000 kr', ''],
  },
  {
    category: 'escort',
    lang: 'en',
    flag: true,
    titles: ['New girls every week', 'Our girls, your choice', 'VIP girls {place}'],
    parts: [
      [
        'We have new girls every week,',
        'Our girls are clean and discreet,',
        'Several new girls this week,',
      ],
      [
        'call our driver to book.',
        'text the manager for the menu 👑🌹',
        'ask for the booking agent.',
      ],
      ['BBBJ available.', 'Bareback possible, no condom extra.', 'BBFS ok.', ''],
      ['Always available.', 'Open 24/7.', ''],
    ],
  },
  {
    category: 'escort',
    lang: 'nb',
    flag: true,
    titles: ['Ny i byen!', 'Søt {ethNb} jente', 'Nye jenter i {place}', 'Kun noen få dager'],
    parts: [
      [
        'Ung og fersk jente, {youngAge} år, ny i byen.',
        'Søt ung {ethNb} jente, nettopp kommet til {place}.',
        'Jentene mine er nye i byen.',
        'Nye jenter hver uke!',
      ],
      ['Kun noen få dager!', 'På turné, i {place} denne uka.', ''],
      ['Tilgjengelig døgnet rundt.', 'Åpent 24/7.', 'Snakker ikke norsk, kun SMS.', ''],
      ['100% ekte bilder!', 'Ekte bilder, ikke fake.', ''],
      ['Ring sjåføren for å bestille.', 'Ring meg for å bestille.', 'Send SMS.'],
    ],
    prices: ['1500 kr', '2000 kr', ''],
  },
  {
    category: 'massage',
    lang: 'en',
    flag: true,
    titles: ['{ethEn} massage {place}', 'Full body massage', 'Relaxing massage, open late'],
    parts: [
      [
        'Full body massage by beautiful {ethEn} ladies,',
        'Nuru massage,',
        'Relaxing hap\u200bpy end\u200bing massage,',
        'Thai massage',
      ],
      ['happy ending,', 'body to body,', 'full service,', 'with extra service,'],
      ['new girls every week.', 'young masseuses.', 'private room.'],
      ['Open 24/7.', 'Open late, walk-ins welcome.', 'Always available.'],
    ],
    prices: ['600 kr / 60 min', '800 kr / 60 min', ''],
  },
  {
    category: 'massage',
    lang: 'nb',
    flag: true,
    titles: ['Thaimassasje {place}', 'Asiatisk massasje', 'Massasje, åpent sent'],
    parts: [
      [
        'Thaimassasje med ekstra service.',
        'Asiatisk massasje, full service.',
        'Nuru-massasje og body to body.',
        'Massasje med happy ending.',
      ],
      ['Nye jenter hver uke.', 'Unge {ethNbPl} massører.', 'Diskret, kun herrer.'],
      ['Åpent 24/7.', 'Åpent alle dager 10–24.', 'Ring døgnet rundt.'],
    ],
    prices: ['600 kr / 60 min', '700 kr / 45 min', ''],
  },
  {
    category: 'job',
    lang: 'nb',
    flag: true,
    titles: [
      'Jobb i Norge!',
      'Rengjøringshjelp søkes',
      'Arbeidere søkes straks',
      'Jobb på gård i {place}',
    ],
    parts: [
      ['Ingen erfaring nødvendig.', 'Ingen papirer nødvendig.', 'Ingen kontrakt trengs.'],
      [
        'Bolig og reise ordnes, lønn kontant.',
        'Bo sammen med andre ansatte i huset til arbeidsgiver, lønn betales kontant.',
        'Vi ordner bolig, lønn utbetales kontant.',
      ],
      [
        'Reisen trekkes fra første lønn.',
        'Husleie og reise trekkes fra lønna.',
        'Arbeidsgiver tar vare på passet.',
      ],
    ],
  },
  {
    category: 'job',
    lang: 'en',
    flag: true,
    titles: ['Hostess jobs abroad', 'Dancers and models wanted', 'Easy work, high pay'],
    parts: [
      [
        'Hostess and dancer jobs in {abroad},',
        'Model jobs abroad for young girls,',
        'Easy work in {abroad},',
      ],
      ['earn {pay},', 'high pay for easy work,'],
      [
        'visa and flight arranged,',
        'ticket and visa arranged, you pay back later,',
        'travel paid, repaid from your wages,',
      ],
      ['no experience needed.', 'start next week.'],
    ],
  },
  {
    category: 'job',
    lang: 'en',
    flag: true,
    titles: ['Farm workers wanted', 'Warehouse staff, start now', 'Cleaners wanted {place}'],
    parts: [
      ['No experience needed,', 'No contract or permit needed,'],
      ['accommodation provided,', 'housing with the other workers provided,'],
      ['wages paid in cash,', 'cash wages weekly,'],
      ['we keep your passport safe during the season.', 'rent and travel deducted from wages.'],
    ],
  },
];
