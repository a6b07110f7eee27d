import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

// Speakers whose first names no list knows: the prose around a name says it is a person's.

// A paragraph of plain German prose, so the page reads as German (capitalised nouns, Konjunktiv).
const GERMAN = 'Die Stadt und der Kreis sind sich nicht einig, das ist für die Anwohner mit dem Streit auch nicht leicht und wird sich so schnell nicht ändern.';

describe('names with an unknown first name', () => {
  it('a sentence opening with two capitalised words and an age is a name, even in German', () => {
    expect(
      speakers(
        GERMAN,
        'Bürgermeister Karl Brenner eröffnete die Sitzung. Tjorven Haalbeck, 41, leitet seit zehn Jahren die Werkstatt am Hafen.',
        '„Wir arbeiten hier seit zwanzig Jahren ohne Pause“, sagt Haalbeck.',
      ),
    ).toEqual(['Tjorven Haalbeck']);
  });
});
