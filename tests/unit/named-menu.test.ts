// @vitest-environment node
// Women named one after another with their looks (indicators/named-menu.ts, detect78): two
// different names are a menu of women; one woman's name twice, or a profile table's fields, is not.
import { describe, expect, it } from 'vitest';
import { namedMenu } from '../../indicators/named-menu';
import { cats, scan } from '../support/engine-scan';

describe('namedMenu', () => {
  it('finds the second woman of a menu', () => {
    const two = 'Escort. Mara - long blonde hair, green eyes. Lina - brunette, 5 ft 3';
    const second = (t: string) => {
      const at = namedMenu(t);
      return at && t.slice(at[0], at[1]);
    };
    expect(second(two)).toBe('Lina - brunette');
    expect(second("Escort. Kara is 5 ' 8 , 135 . Ceira is 5 ' 3 , 110")).toBe("Ceira is 5 ' 3");
    expect(second('tall redhead Nora - 30 , petite blonde Ivy - 25 ,')).toBe('Ivy - 25 ,');
  });

  it("finds none in one woman's ad or a profile table", () => {
    expect(namedMenu('Mara - long blonde hair. Call Mara - 5 ft 3, blonde')).toBeNull();
    expect(namedMenu("Hair: blonde. Eyes: blue. Height: 5' 6. Age: 24. Bust: 34C")).toBeNull();
    // "Chris" is no "Chr" with "is" after it.
    expect(namedMenu("Chris 5'7 blonde. Kim - brunette")).toBeNull();
  });
});

describe('the engine runs it where two hair colours are named', () => {
  it('reads a menu of two named women as a third party', () => {
    const ad = 'Escort incall. Mara - long blonde hair, green eyes. Lina - brunette, hazel eyes.';
    expect(cats(scan(ad))).toContain('third-party');
  });

  it('leaves names with ages alone when no hair colour is named twice', () => {
    const ad = 'Escort incall. Mara - 25, green eyes. Lina - 27, hazel eyes. Call 555 0100';
    expect(cats(scan(ad))).not.toContain('third-party');
  });
});
