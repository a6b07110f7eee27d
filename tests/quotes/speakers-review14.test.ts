import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

describe('French and Spanish: a quote inside the subject is no incise', () => {
  it('"X, qui … « … », a reçu Y", "X, « … », a battu Y": the object of the main verb is no speaker', () => {
    expect(speakers('Le président, qui avait qualifié la grève d’« inacceptable », a reçu Sophie Martin à l’Élysée.')).toEqual([null]);
    expect(speakers('Le Serbe, « très fatigué », a battu Carlos Alcaraz en finale.')).toEqual([null]);
    expect(speakers('La ministre, qui juge la réforme « indispensable », a rencontré Marie Lefèvre devant la presse.')).toEqual([null]);
    expect(speakers('La selección, «muy motivada», ha recibido Pedro Gil en el aeropuerto.')).toEqual([null]);
  });

  it('guards: the incise after a complete main clause or a colon still names the speaker', () => {
    expect(speakers('Le conseil municipal s’est réuni hier.', 'Le projet est « une folie pure et simple », a balayé Marie Roux devant la presse.')).toEqual(['Marie Roux']);
    expect(speakers('Le conseil municipal s’est réuni hier.', 'Le ton est monté : « Ce budget est une fiction, rien de plus », a balayé Marie Roux.')).toEqual(['Marie Roux']);
  });
});

describe('Spanish: "que" after an aside that follows a reporting verb opens its object clause', () => {
  it('"X recordó, en presencia de Y, que lo había …": the words are X\'s', () => {
    expect(speakers('La ministra Ana Ruiz recordó, en presencia de Pedro Gil, que lo había defendido como «un proyecto de país».')).toEqual(['Ana Ruiz']);
    expect(speakers('La ministra Ana Ruiz explicó a los periodistas, tras reunirse con el alcalde Pedro Gil, que ha calificado el acuerdo de «histórico».')).toEqual(['Ana Ruiz']);
    expect(speakers('La sesión empezó tarde.', 'La ministra Ana Ruiz recordó, en presencia de Pedro Gil, que defendió el proyecto como «un proyecto de país».')).toEqual(['Ana Ruiz']);
  });

  it('guard: a relative right after its antecedent in the clause still reports for it', () => {
    expect(speakers('La sesión empezó tarde.', 'La concejala se reunió con Pedro Gil, que ha calificado el acuerdo de «histórico».')).toEqual(['Pedro Gil']);
    expect(speakers('La sesión empezó tarde.', 'La ministra Ana Ruiz recibió, en su despacho, a Pedro Gil, que ha calificado el acuerdo de «histórico».')).toEqual(['Pedro Gil']);
  });
});

describe('German: "ein" that ends its clause is the particle of "räumte … ein"', () => {
  const GERMAN = 'Die Stadt und der Kreis sind sich nicht einig, das ist für die Anwohner mit dem Streit auch nicht leicht und wird sich so schnell nicht ändern.';
  const lead = '„Die Mieten steigen schneller als die Löhne“, sagt die Ökonomin Marlene Vogt.';
  it('"Zuletzt räumte auch Brenner ein, Fehler seien „…“": the one who conceded, not the one quoted before', () => {
    const brenner = 'Der Bürgermeister Karl Brenner war lange still.';
    expect(speakers(GERMAN, `${brenner} ${lead} Zuletzt räumte auch Brenner ein, Fehler seien „bedauerlich“ gewesen.`)).toEqual(['Marlene Vogt', 'Karl Brenner']);
    expect(speakers(GERMAN, `${brenner} ${lead} Das räumte Brenner ein, Fehler seien „bedauerlich“ gewesen.`)).toEqual(['Marlene Vogt', 'Karl Brenner']);
  });
});
