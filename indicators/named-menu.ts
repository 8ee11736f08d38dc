/**
 * Women named one after another with their looks ("Taylor - long blonde hair … Jazmine - blond
 * hair", "Kara is 5 ' 8 … Ceira is 5 ' 3", "Kendra - 30 , tall redhead Victoria - mid 40s"): two
 * different capitalised names, each with "-", ":", "~" or "is" after it and, within three words, a
 * hair colour, a height, an age or a cup size, are two women behind one ad (third party). The
 * engine runs it only where the matcher saw two hair colours ("blonde", "black hair"), or one and a
 * number that could be a stat (engine speed). In rounds 56–79 it found 12 ads: 9 labelled a third
 * party, 3 duos labelled only arguably one (detect78, detect79, detect81).
 */
const NAME = /\b([A-Z][A-Za-z]{2,12})\b\s*(?:\(\s*new\s*\)\s*)?(?:-|:|~|–|is)\s*/g;
/** Her looks after the name, in any case ("KALI : 32F", "SKY - Gorgeous Brunette"). */
const LOOKS =
  /(?:[a-z,]+\s+){0,3}?(?:blonde?|brunette|redhead|red\s*head|auburn|ebony|[45]\s*['’"`´]\s*\d|\d\d\s*(?:yrs?|years|y\s*\/\s*o|,|\.|-|\d\s*['’"`´]|$)|mid\s+\d0s|3[2-9]\s*(?:d{1,3}|[a-g])\b)/iy;

/** A profile table's fields, no names ("Hair: blonde … Eyes: blue … Height: 5' 6"). */
const FIELDS = new Set(
  'age body build bust color colour cup ethnicity eye eyes hair height measurements name nationality size stats weight'.split(
    ' ',
  ),
);

/** Where the second woman's name and looks start and end, or null. */
export function namedMenu(text: string): [number, number] | null {
  let first = '';
  NAME.lastIndex = 0;
  for (let m; (m = NAME.exec(text));) {
    const name = m[1]!.toLowerCase();
    LOOKS.lastIndex = NAME.lastIndex;
    if (FIELDS.has(name) || !LOOKS.test(text)) continue;
    if (!first) first = name;
    else if (name !== first) return [m.index, LOOKS.lastIndex];
  }
  return null;
}
