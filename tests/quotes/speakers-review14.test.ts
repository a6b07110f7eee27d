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
