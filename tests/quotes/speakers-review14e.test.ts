import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

describe('Spanish: "que" opens a reporting verb\'s object clause only after an aside, not after a clause of its own', () => {
  it('"Según explicó ayer, Ruiz se reunió con … Pedro Gil, que calificó …": the relative reports for Pedro Gil', () => {
    expect(speakers('La ministra Ana Ruiz viajó a Sevilla.', 'Según explicó ayer, Ruiz se reunió con el alcalde Pedro Gil, que calificó la ley de «injusta».')).toEqual(['Pedro Gil']);
    expect(speakers('La ministra Ana Ruiz viajó a Sevilla.', 'Como anunció el lunes, Ruiz se reunió con el alcalde Pedro Gil, que calificó la ley de «injusta».')).toEqual(['Pedro Gil']);
  });
});
