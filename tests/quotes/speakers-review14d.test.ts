import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

describe('review 14d', () => {
  it('a description closing a sentence whose own subject is a named person is that person', () => {
    expect(speakers('The plant closed on Friday. Its manager, Tom Reilly, announced the news to staff.', 'Dave Harper spent three decades on the line and was “proud of every single day”, the 62-year-old said.')).toEqual(['Dave Harper']);
    expect(speakers('Das Werk schließt am Freitag. Der Werksleiter Tom Reiter informierte die Belegschaft.', 'Dieter Harms stand 30 Jahre am Band und war „stolz auf jeden Tag“, sagt der 62-Jährige.')).toEqual(['Dieter Harms']);
    expect(speakers("L'usine ferme vendredi. Son directeur, Tom Reiter, a informé le personnel.", 'Didier Harmel a passé trente ans sur la chaîne et était « fier de chaque jour », confie le sexagénaire.')).toEqual(['Didier Harmel']);
  });

  it('a name after "to/with + article + noun" is someone addressed only after a verb of writing or speaking', () => {
    expect(speakers('Council leader Anne Ward opened the ceremony on Tuesday.', 'The city medal went to the novelist Zadie Smith for her fifth book. “I am stunned,” she said.')).toEqual(['Zadie Smith']);
    expect(speakers('La maire Anne Hidalgo a ouvert la cérémonie mardi.', 'La médaille de la ville a été remise à la romancière Marie NDiaye. « Je suis émue », a-t-elle confié.')).toEqual(['Marie NDiaye']);
    expect(speakers('Mary Hughes chaired the talks.', 'The meeting with the minister Anna Webb lasted two hours. “It was constructive,” she said afterwards.')).toEqual(['Anna Webb']);
    // Guard: after a verb of speaking, the name is still whom the subject addressed.
    expect(speakers('Grace Mensah, who runs a tenants’ group in Leeds, fears for the families. “They are scared,” she said.', 'The organiser says she spoke on Monday with the housing minister Ellen Ward about a meeting. “Nobody listens to us,” she said.')).toEqual(['Grace Mensah', 'Grace Mensah']);
  });
});
