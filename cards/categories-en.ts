import type { CategoryNotes } from './category-info';

/** Per-category explanation for the indicator list (English). Plain text, never HTML. */
export const CATEGORY_TEXT_EN: CategoryNotes = {
  'third-party': {
    why: 'Words like “our girls”, “new girls every week” or “call the manager” suggest that someone else controls or sells the person.',
    limits:
      'People who share a flat or work together can use the same words. It does not show who is in control, or that anyone is forced.',
  },
  youth: {
    why: 'Words about being young, fresh or a schoolgirl, and some emoji, can point to a minor. Studies of ad data found such language more often in trafficking ads.',
    limits:
      'It does not tell anyone’s age: such words are also marketing aimed at adults, and mean nothing in ads for things.',
  },
  ethnicity: {
    why: 'Studies of ad data linked listed ethnicity or nationality, such as “Asian” or “Thai”, to trafficking.',
    limits:
      'Weak on its own: it describes a person, not their situation. A nationality is never a reason for suspicion by itself.',
  },
  'massage-sex': {
    why: 'In their action week the police found the sale of sexual services at several massage salons. Facilitating the sale of sex is illegal.',
    limits:
      'It does not show exploitation: the police identified no victims so far. Ordinary massage ads are not suspect.',
  },
  movement: {
    why: '“New in town”, “only a few days” or touring can mean that a person is moved from place to place.',
    limits:
      'A weak sign: one study found such phrases less often in trafficking ads. Many people travel for work of their own free will.',
  },
  'risky-services': {
    why: 'Offering unprotected or high-risk services can mean that the person is not free to say no.',
    limits: 'It does not show who decided it, and it is no judgement of the person.',
  },
  restricted: {
    why: 'Always available, no days off, or not speaking the language can mean no control over one’s own time or voice, a sign of forced labour (ILO, KOM).',
    limits: 'Busy people, and ads written by a helper, can look the same. It does not show force.',
  },
  labour: {
    why: 'No experience needed with housing provided, cash wages, costs deducted from pay, no contract, or an employer who keeps the passport are signs of labour exploitation (ILO, KOM).',
    limits:
      'Many honest employers offer housing or hire people without experience. Look at how several signs combine.',
  },
  recruitment: {
    why: 'High pay for easy work abroad, hostess, dancer or model jobs abroad, and travel arranged and to be repaid are known ways to recruit people into exploitation.',
    limits: 'Real jobs abroad exist. It does not show deception; check who the employer is.',
  },
  'trust-language': {
    why: 'Insisting on being “100% real” or “not fake” was linked to trafficking in studies of ad data.',
    limits: 'Weak on its own: many honest advertisers say the same, because fake ads are common.',
  },
  'shared-contact': {
    why: 'The same phone number or e-mail behind several ads can mean that one person manages several people.',
    limits:
      'Lykt only sees the ads in front of it. Shared or reused numbers can have innocent reasons.',
  },
};
