import { describe, expect, it } from 'vitest';
import { HOST_CSS } from '../../components/styles';
import { inheritedLang, toCardLang } from '../../widget/lang';
import { palettes } from '../../widget/widget-css';

describe('widget language', () => {
  it('maps language tags to card languages', () => {
    expect(['nb', 'nb-NO', 'no', 'nn', 'NB_no', 'en', 'en-GB'].map(toCardLang)).toEqual([
      'nb',
      'nb',
      'nb',
      'nb',
      'nb',
      'en',
      'en',
    ]);
    expect(['de', 'sv', '', null, undefined].map(toCardLang)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('inherits the nearest page language: English for other languages, bokmål if none', () => {
    document.body.innerHTML =
      '<div lang="en-US"><p><span id="a"></span></p></div><div lang="de"><span id="b"></span></div><span id="c"></span>';
    document.documentElement.removeAttribute('lang');
    expect(['a', 'b', 'c'].map((id) => inheritedLang(document.getElementById(id)))).toEqual([
      'en',
      'en',
      'nb',
    ]);
  });
});

describe('widget theme attribute', () => {
  it('finds both palettes in the shared component CSS', () => {
    const { light, dark } = palettes(HOST_CSS);
    expect(light).toMatch(/--lykt-bg:\s*#fff/);
    expect(dark).toMatch(/--lykt-bg:\s*#/);
    expect(dark).not.toBe(light);
    const names = (css: string) => css.split(';').map((d) => d.split(':')[0]!.trim());
    expect(names(light)).toEqual(expect.arrayContaining(names(dark)));
  });
});
