import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

describe('Spanish: "que" opens a reporting verb\'s object clause only after an aside, not after a clause of its own', () => {
  it('"Según explicó ayer, Ruiz se reunió con … Pedro Gil, que calificó …": the relative reports for Pedro Gil', () => {
    expect(speakers('La ministra Ana Ruiz viajó a Sevilla.', 'Según explicó ayer, Ruiz se reunió con el alcalde Pedro Gil, que calificó la ley de «injusta».')).toEqual(['Pedro Gil']);
    expect(speakers('La ministra Ana Ruiz viajó a Sevilla.', 'Como anunció el lunes, Ruiz se reunió con el alcalde Pedro Gil, que calificó la ley de «injusta».')).toEqual(['Pedro Gil']);
  });
});

describe('French: an opening phrase or a conjunction "que" before the quote leaves the incise its speaker', () => {
  it('"Il faut dire que tout était « … », a taclé X", "Pour nous, c’est « … », a taclé X": X', () => {
    expect(speakers('Le président Pablo Longoria a salué le travail du groupe.', 'Il faut dire que tout était « à revoir », a taclé Karim Dambrine.')).toEqual(['Karim Dambrine']);
    expect(speakers('Pour nous, c\'est « un échec », a taclé Karim Dambrine.')).toEqual(['Karim Dambrine']);
  });
  it('guard: a relative of a noun or a name before the quote still keeps it inside the subject', () => {
    expect(speakers('Le joueur que tout le monde disait « très fatigué », a battu Carlos Alcaraz en finale.')).toEqual([null]);
    expect(speakers('Le Serbe qui se disait « très fatigué », a battu Carlos Alcaraz en finale.')).toEqual([null]);
    expect(speakers('La selección que todos creían «muy cansada», ha recibido Pedro Gil en el aeropuerto.')).toEqual([null]);
  });
});
