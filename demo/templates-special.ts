import type { AdTemplate } from './templates';

/** Item names for goods ads. */
export const ITEMS = {
  itemNb: [
    'Sofa',
    'Sykkel',
    'Spisebord',
    'Barnevogn',
    'PlayStation 5',
    'Vinterjakke',
    'Bokhylle',
    'Langrennsski',
    'Gitar',
    'Kaffemaskin',
  ],
  itemEn: [
    'sofa',
    'bike',
    'dining table',
    'pram',
    'PlayStation 5',
    'winter jacket',
    'bookshelf',
    'skis',
    'guitar',
    'espresso machine',
  ],
  small: ['24', '32', '45', '52'],
  large: ['78', '84', '96', '120', '145'],
} as const;

/** Innocent uses of trigger words; each is in every generated set (if count allows). */
export const SPECIAL: readonly AdTemplate[] = [
  {
    category: 'goods',
    lang: 'en',
    flag: false,
    titles: ['Sofa, young and fresh design'],
    parts: [['Three-seat sofa, young and fresh design, barely used. Pick up in {place}.']],
    prices: ['2 500 kr'],
  },
  {
    category: 'goods',
    lang: 'nb',
    flag: false,
    titles: ['Sofa i ung og frisk design'],
    parts: [
      ['Pent brukt sofa i ung og frisk design, ung familie selger pga flytting. Hentes i {place}.'],
    ],
    prices: ['1 800 kr'],
  },
  {
    category: 'job',
    lang: 'en',
    flag: false,
    titles: ['New in town: café opens Friday'],
    parts: [
      [
        'New in town: our cosy café opens Friday and is hiring! Young team, fresh pastries, open 7 days. Written contract, pay by the collective agreement.',
      ],
    ],
  },
  {
    category: 'job',
    lang: 'en',
    flag: false,
    titles: ['Customer service agent (24/7 team)'],
    parts: [
      [
        'Join our 24/7 customer service team in {place}. Shifts by rota with days off every week, permanent contract, salary by agreement.',
      ],
    ],
  },
  {
    category: 'massage',
    lang: 'nb',
    flag: false,
    titles: ['Thaimassasje – autorisert salong'],
    parts: [
      [
        'Thaimassasje hos autorisert massør. Ingen seksuelle tjenester. Timebestilling på nett, kvittering gis.',
      ],
    ],
    prices: ['600 kr / 60 min'],
  },
  {
    category: 'massage',
    lang: 'en',
    flag: false,
    titles: ['Thai massage salon, certified'],
    parts: [
      [
        'Traditional Thai massage by certified therapists. No sexual services. Book online, receipts provided.',
      ],
    ],
    prices: ['650 kr / 60 min'],
  },
  {
    category: 'escort',
    lang: 'en',
    flag: false,
    titles: ['Independent, on my own terms'],
    parts: [
      ['Independent, 36, I choose my clients and my hours. Safer sex only. Screening required.'],
    ],
  },
];
