/** All lexicons by language. To add a language: a new file shaped like en.ts, listed here. */
import type { Lang } from '../types';
import { da } from './da';
import { en } from './en';
import { nb } from './nb';
import { sv } from './sv';
import type { Lexicon } from './types';

export const LEXICONS: Record<Lang, Lexicon> = { nb, en, sv, da };
