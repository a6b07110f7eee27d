import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

describe('French and Spanish: a relative clause after a name reports its words', () => {
  it('"X, qui a dénoncé …", "X, que ha defendido …": an auxiliary between the relative and its verb', () => {
    expect(speakers('La réunion a commencé tard.', 'Le texte est soutenu par Hélène Marchetti, qui a dénoncé un chantier « mené à la va-vite ».')).toEqual(['Hélène Marchetti']);
    expect(speakers('La sesión empezó tarde.', 'La propuesta cuenta con Elena Ruiz, que ha defendido un modelo «más abierto».')).toEqual(['Elena Ruiz']);
  });

  it('"X, 68 ans, président de …, qui dénonce …": the name before a short apposition', () => {
    expect(speakers('La réunion a commencé tard.', 'Une plainte reprise par Paul Lemercier, 68 ans, président du comité de quartier, qui dénonce une rue « laissée à l’abandon ».')).toEqual(['Paul Lemercier']);
    expect(speakers('La sesión empezó tarde.', 'La apoya Elena Ruiz, de 58 años, exministra de Cultura, que ha defendido un modelo «más abierto».')).toEqual(['Elena Ruiz']);
  });

  it('"X, que dirige … y que ha defendido …": the second of two joined relatives has the first one’s antecedent', () => {
    expect(speakers('La sesión empezó tarde.', 'La apoya Elena Ruiz, que dirige el festival desde 2019 y que ha defendido un modelo «más abierto».')).toEqual(['Elena Ruiz']);
  });

  it('guards: a relative after a clause about someone else is not the name’s', () => {
    // "qui" is the unnamed president's, not Jean Dupont's (whose own sentence subject it stays, as before).
    expect(speakers('La réunion a commencé tard.', 'Jean Dupont a reçu le président de la région, qui a dénoncé un projet « mal ficelé ».')).toEqual(['Jean Dupont']);
    // A phrase of place and time is no apposition: the name is not taken across it.
    expect(speakers('La sesión empezó tarde.', 'Habló con Pedro Gómez, tras la reunión con los vecinos, que ha calificado de «inaceptable».')).not.toContain('Pedro Gómez');
  });
});
