import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

describe('review 14d', () => {
  it('a description closing a sentence whose own subject is a named person is that person', () => {
    expect(speakers('The plant closed on Friday. Its manager, Tom Reilly, announced the news to staff.', 'Dave Harper spent three decades on the line and was “proud of every single day”, the 62-year-old said.')).toEqual(['Dave Harper']);
    expect(speakers('Das Werk schließt am Freitag. Der Werksleiter Tom Reiter informierte die Belegschaft.', 'Dieter Harms stand 30 Jahre am Band und war „stolz auf jeden Tag“, sagt der 62-Jährige.')).toEqual(['Dieter Harms']);
    expect(speakers("L'usine ferme vendredi. Son directeur, Tom Reiter, a informé le personnel.", 'Didier Harmel a passé trente ans sur la chaîne et était « fier de chaque jour », confie le sexagénaire.')).toEqual(['Didier Harmel']);
  });
});
