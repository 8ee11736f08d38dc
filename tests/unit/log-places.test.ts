import { describe, expect, it } from 'vitest';
import { placesIn, placesInUrl, placesOf } from '../../log/places';

describe('place names in ads', () => {
  it('finds listed cities as capitalised words, with their other spellings', () => {
    expect(placesIn('Ny jente i Oslo sentrum, også Tromso og Göteborg i helgen.')).toEqual([
      'Oslo',
      'Tromsø',
      'Göteborg',
    ]);
    expect(placesIn('Visiting Copenhagen, then New York')).toEqual(['København', 'New York']);
  });

  it('does not take common words or lower-case words for places', () => {
    expect(placesIn('Green moss on the roof, fresh from the forest.')).toEqual([]);
    expect(placesIn('New in town! Ny i byen, bor i sentrum.')).toEqual([]);
  });

  it('takes an unlisted capitalised name after "new in", "ny i", "bor i" …', () => {
    expect(placesIn('Hi, I am Anna, new in Kirkenes for a few days')).toEqual(['Kirkenes']);
    expect(placesIn('Bor i Moelv, jobber på Gjøvik')).toEqual(['Moelv', 'Gjøvik']);
    expect(placesIn('Just arrived in Gold Coast')).toEqual(['Gold Coast']);
  });

  it('reads the host and path of the ad address, and survives a bad one', () => {
    expect(placesInUrl('https://phoenix.backpage.com/FemaleEscorts/123')).toEqual(['Phoenix']);
    expect(placesInUrl('https://www.finn.no/job/bergen/123')).toEqual(['Bergen']);
    expect(placesInUrl('not a url')).toEqual([]);
    expect(
      placesOf({ title: 'Ny i Drammen', text: 'Ring meg', url: 'https://x.example/oslo/1' }),
    ).toEqual(['Drammen', 'Oslo']);
  });
});
