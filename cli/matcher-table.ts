/** The matcher table of the CLI's engine (createEngine() with no options), for the workers to share. */
import { compile } from '../indicators/compile';
import { LEXICONS } from '../indicators/lexicon';
import { LANGS } from '../indicators/types';

export const matcherTable = (): SharedArrayBuffer =>
  compile(LEXICONS, LANGS, [], new Set()).matcher.share();
