import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

// Review fixes: sentences invented to find where newly merged attribution rules go too far.

describe('a sentence closing on a bare attribution clause (review)', () => {
  it('leaves words quoted in a relative clause or aside of another subject to that subject', () => {
    expect(speakers('The strike, which unions called "a last resort", will continue until Friday, Transport Secretary Alan Brook said.')).toEqual([null]);
    expect(speakers('Residents, who described the smell as "unbearable", have been moved to a school, Mayor Ann Lowell said.')).toEqual([null]);
  });

  it('leaves words to someone unnamed found nearer', () => {
    expect(speakers('The strike was, a union official said, "a last resort", and nurses would return, Transport Secretary Alan Brook said.')).toEqual([null]);
  });

  it('does not turn a title set off by commas into speech', () => {
    expect(speakers('His debut novel, "The Long Road Home", sold 40,000 copies in its first month, his agent Ann Rowe said.')).toEqual([null]);
  });

  it('is for English clauses only', () => {
    expect(speakers('Les syndicats, qui jugent le plan « inacceptable », se sont réunis lundi, pendant que Marie Dupont témoignait.')).toEqual([null]);
  });
});

describe('a second quote carried by the same subject (review)', () => {
  it('does not carry words introduced as someone else’s', () => {
    expect(speakers('Ann Lee told the committee that prices were "still rising" and that the minister\'s claim of "a full recovery" was premature.')).toEqual(['Ann Lee', null]);
  });

  it('still carries the subject’s own words past a contraction', () => {
    expect(speakers('Ann Lee told the committee that prices were "still rising" and that it\'s "a failure".')).toEqual(['Ann Lee', 'Ann Lee']);
  });
});

describe('an aside set off by dashes before the verb (review)', () => {
  it('is the subject when it is only a name in apposition', () => {
    expect(speakers('The company\'s spokesman — Paul Okafor — said on Monday: "We are disappointed."')).toEqual(['Paul Okafor']);
    expect(speakers('"We will appeal," said Jean Roux.', 'The family\'s spokesman – Paul Okafor – said: "We are disappointed."')).toEqual(['Jean Roux', 'Paul Okafor']);
  });
});

describe('a holder in apposition after a title (review)', () => {
  it('is not a name that owns what follows', () => {
    expect(speakers('"He was a gentle soul," said the woman, the victim Tom Reed\'s sister.')).toEqual([null]);
    expect(speakers('"He was a gentle soul," said the woman, the victim Tom Reed’s sister.')).toEqual([null]);
  });
});

describe('a standfirst fragment whose speaker was only guessed (review)', () => {
  it('keeps its speaker when the body shares only two common words with it', () => {
    expect(
      speakers(
        'Sanidad inaugura el hospital',
        'El consejero Luis Prieto inaugura el nuevo hospital de Vigo, que según el plan ofrecerá una atención «de calidad» a 200.000 vecinos.',
        'Prieto presentó el plan el lunes.',
        'La portavoz de la oposición, Ana Ruiz, fue tajante: «Sin personal no habrá atención de calidad», dijo Ruiz.',
      ),
    ).toEqual(['Luis Prieto', 'Ana Ruiz']);
  });
});
