import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

describe('Spanish: "que" opens a reporting verb\'s object clause only after an aside, not after a clause of its own', () => {
  it('"Según explicó ayer, Ruiz se reunió con … Pedro Gil, que calificó …": the relative reports for Pedro Gil', () => {
    expect(speakers('La ministra Ana Ruiz viajó a Sevilla.', 'Según explicó ayer, Ruiz se reunió con el alcalde Pedro Gil, que calificó la ley de «injusta».')).toEqual(['Pedro Gil']);
    expect(speakers('La ministra Ana Ruiz viajó a Sevilla.', 'Como anunció el lunes, Ruiz se reunió con el alcalde Pedro Gil, que calificó la ley de «injusta».')).toEqual(['Pedro Gil']);
  });
});

describe('German: an "according to" phrase does not carry across a clause with a person of its own', () => {
  it('"Nach Angaben der Stadtbaurätin Anna Weber ist …, und Bürgermeister Peter Kranz hält es für „…“": Kranz', () => {
    expect(speakers('Nach Angaben der Stadtbaurätin Anna Weber ist das Projekt teuer, und Bürgermeister Peter Kranz hält es dennoch für „alternativlos“.')).toEqual(['Peter Kranz']);
  });
  it('guard: the phrase still names its holder when no one else is named', () => {
    expect(speakers('Nach Angaben der Stadtbaurätin Anna Weber ist das Projekt „alternativlos“.')).toEqual(['Anna Weber']);
  });
});
