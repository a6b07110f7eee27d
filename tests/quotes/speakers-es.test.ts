import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const speakers = (...paragraphs: Parameters<typeof detect>) => detect(...paragraphs).map((q) => q.speaker?.name ?? null);

describe('Spanish attribution', () => {
  it('"dijo el ministro de Hacienda, Name" is the name in apposition, not the office’s field', () => {
    expect(speakers('La sesión empezó tarde.', '«Las cuentas cuadran», dijo el ministro de Hacienda, Gonzalo Berrueta.')).toEqual(['Gonzalo Berrueta']);
    expect(speakers('La sesión empezó tarde.', '«No habrá recortes», ha advertido la portavoz de Izquierda Verde, Olga Casares, en el pleno.')).toEqual(['Olga Casares']);
    // Guard: the name right after the office is still its holder.
    expect(speakers('La sesión empezó tarde.', '«Las cuentas cuadran», dijo el ministro Gonzalo Berrueta.')).toEqual(['Gonzalo Berrueta']);
  });
});
