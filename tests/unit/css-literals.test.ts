// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPONENT_CSS, DARK_VARS, HOST_CSS, LIGHT_VARS, TABS_CSS } from '../../components/styles';
import { BADGE_CSS } from '../../content/badge-css';
import { cssLiterals, packCss, packCssLiterals } from '../../tools/css-literals';

/** The words of a CSS text: what lies between whitespace and the delimiters. */
const words = (css: string) => css.split(/[\s{};,>:]+/).filter(Boolean);

describe('the content script CSS, packed at build time', () => {
  it('drops the whitespace next to delimiters and folds the rest', () => {
    expect(packCss('\n.a > b , c {\n  x : 1px  2px ;\n}\n')).toBe('.a>b,c{x :1px 2px;}');
  });

  it.each(Object.entries({ LIGHT_VARS, DARK_VARS, HOST_CSS, COMPONENT_CSS, TABS_CSS, BADGE_CSS }))(
    '%s loses only whitespace, and no two words run together',
    (_, css) => {
      const packed = packCss(css);
      expect(packed.length).toBeLessThan(css.length);
      expect(packed.replace(/\s/g, '')).toBe(css.replace(/\s/g, ''));
      expect(words(packed)).toEqual(words(css));
    },
  );

  it('packs the literals that open on a new line, and nothing else', () => {
    const code =
      'const A = `\n  a: 1;\n`;\nconst B = `${d} !important`;\nconst C = `\nb {\n${A}}\n`;';
    expect(packCssLiterals(code)).toBe(
      'const A = `a:1;`;\nconst B = `${d} !important`;\nconst C = `b{${A}}`;',
    );
  });

  it('applies to the two CSS modules only', () => {
    const plugin = cssLiterals();
    const transform = plugin.transform as (code: string, id: string) => unknown;
    const styles = readFileSync('components/styles.ts', 'utf8');
    const out = transform(styles, '/x/components/styles.ts') as { code: string };
    expect(out.code.length).toBeLessThan(styles.length - 500);
    expect(transform(styles, '/x/components/CardList.tsx')).toBeNull();
  });
});
