import type { AdTemplate } from './templates';

/** Ordinary ads: most of the site. Several honest massage and escort ads on purpose. */
export const BENIGN: readonly AdTemplate[] = [
  {
    category: 'goods',
    lang: 'nb',
    flag: false,
    titles: ['{itemNb} selges', '{itemNb} til salgs', '{itemNb} i god stand'],
    parts: [
      [
        '{itemNb}, pent brukt.',
        '{itemNb}, som ny.',
        '{itemNb}, helt ny, fortsatt i plast.',
        '{itemNb} med litt slitasje.',
      ],
      ['Selges pga flytting.', 'Lite brukt.', 'Røykfritt hjem.', ''],
      ['Hentes i {place}.', 'Kan sendes mot porto.', 'Hentes i {place} sentrum.'],
      ['Kontant eller Vipps.', 'Fast pris.', ''],
    ],
    prices: ['250 kr', '900 kr', '1 500 kr', '3 200 kr', '4 800 kr'],
  },
  {
    category: 'goods',
    lang: 'en',
    flag: false,
    titles: ['{itemEn} for sale', 'Selling my {itemEn}', 'Good as new: {itemEn}'],
    parts: [
      ['{itemEn} in good condition.', 'Brand new {itemEn}, still boxed.', 'Lightly used {itemEn}.'],
      ['Moving abroad, must go.', 'Smoke-free home.', ''],
      ['Pick up in {place}.', 'Can ship within Norway.'],
      ['Cash or Vipps.', 'Price is firm.', ''],
    ],
    prices: ['300 kr', '1 200 kr', '2 000 kr', '5 500 kr'],
  },
  {
    category: 'housing',
    lang: 'nb',
    flag: false,
    titles: ['Lys 2-roms i {place}', '3-roms med balkong', 'Rom i kollektiv', 'Hybel nær sentrum'],
    parts: [
      [
        'Lys 2-roms, {small} m², nyoppusset, nær kollektivtransport.',
        '3-roms, {large} m², med balkong og utsikt.',
        'Rom i kollektiv med tre hyggelige studenter.',
        'Hybel med eget bad, 5 minutter fra sentrum.',
      ],
      ['Depositum tre måneders leie.', 'Strøm og internett inkludert.', ''],
      ['Ledig fra 1. august.', 'Ledig nå.', 'Ledig fra 1. september.'],
      ['Ikke-røyker, ingen dyr.', 'Husdyr etter avtale.', ''],
    ],
    prices: ['6 500 kr/mnd', '9 800 kr/mnd', '12 500 kr/mnd', '16 000 kr/mnd'],
  },
  {
    category: 'housing',
    lang: 'en',
    flag: false,
    titles: ['Room in shared flat, {place}', 'Bright studio to rent', 'Family house for rent'],
    parts: [
      [
        'Furnished room in a friendly shared flat.',
        'Bright studio, {small} m², quiet street, close to the bus.',
        'Family house, {large} m², garden and parking.',
      ],
      ['Deposit three months, written lease.', 'Electricity included.', ''],
      ['Available from August.', 'Available now.'],
    ],
    prices: ['7 000 kr/month', '11 000 kr/month', '19 500 kr/month'],
  },
  {
    category: 'job',
    lang: 'nb',
    flag: false,
    titles: [
      'Sykepleier søkes',
      'Kokk til restaurant i {place}',
      'Butikkmedarbeider deltid',
      'Sesongjobb på hotell i Lofoten',
    ],
    parts: [
      [
        'Vi søker sykepleier til 100 % fast stilling.',
        'Restaurant i {place} søker kokk med fagbrev.',
        'Butikk i {place} søker medarbeider i 40 % stilling.',
        'Sesongjobb på hotell i Lofoten, personalbolig kan leies.',
      ],
      [
        'Lønn etter tariff, pensjon og forsikring.',
        'Skriftlig arbeidskontrakt og lønn etter tariff.',
        'Konkurransedyktig lønn.',
      ],
      ['Søk via arbeidsplassen.', 'Søknadsfrist om to uker.', ''],
    ],
  },
  {
    category: 'job',
    lang: 'en',
    flag: false,
    titles: ['Software developer, {place}', 'Warehouse worker', 'Au pair wanted'],
    parts: [
      [
        'We are hiring a developer for our team in {place}.',
        'Warehouse worker, day shifts, forklift licence a plus.',
        'Au pair wanted for a family in {place}, own room, contract under UDI rules, 30 hours a week.',
      ],
      [
        'Written contract, salary by agreement, pension scheme.',
        'Pay according to the collective agreement.',
        '',
      ],
      ['Apply via our website.', 'Send CV and cover letter.'],
    ],
  },
  {
    category: 'massage',
    lang: 'nb',
    flag: false,
    titles: ['Idrettsmassasje i {place}', 'Klassisk thaimassasje', 'Massasje for nakke og rygg'],
    parts: [
      [
        'Idrettsmassasje hos autorisert massør.',
        'Klassisk thaimassasje hos utdannet terapeut.',
        'Behandling av nakke og rygg.',
      ],
      ['Ingen seksuelle tjenester.', 'Kun terapeutisk massasje.', ''],
      ['Timebestilling på nett, kvittering gis.', 'Åpent hverdager 9–17.'],
    ],
    prices: ['650 kr / 60 min', '500 kr / 45 min'],
  },
  {
    category: 'massage',
    lang: 'en',
    flag: false,
    titles: ['Sports massage clinic', 'Deep tissue massage, {place}'],
    parts: [
      ['Licensed sports massage therapist.', 'Deep tissue and relaxation massage.'],
      ['No sexual services, this is a clinic.', 'Strictly therapeutic.', ''],
      ['Receipts provided.', 'Book online, weekdays 9–18.'],
    ],
    prices: ['700 kr / 60 min'],
  },
  {
    category: 'escort',
    lang: 'en',
    flag: false,
    titles: ['Independent companion', 'Mature and independent, {place}'],
    parts: [
      [
        'Independent, {adultAge}, I set my own schedule.',
        'Mature independent woman, {adultAge}, working for myself.',
      ],
      ['Safer sex only.', 'Condoms always.'],
      ['Screening required.', 'Please introduce yourself politely.'],
    ],
  },
  {
    category: 'escort',
    lang: 'nb',
    flag: false,
    titles: ['Selvstendig dame i {place}', 'Voksen og selvstendig'],
    parts: [
      [
        'Selvstendig kvinne, {adultAge} år, jeg bestemmer selv.',
        'Voksen dame, {adultAge}, jobber for meg selv.',
      ],
      ['Kun trygg sex.', 'Alltid med kondom.'],
      ['Ring på dagtid.', 'Presenter deg i første melding.'],
    ],
  },
];
