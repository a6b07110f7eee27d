import { describe, expect, it } from 'vitest';
import { sameSpeaker } from '../../scripts/eval-quotes';

describe('eval:quotes speaker comparison', () => {
  it('accepts one person named with or without a middle name, never a surname alone or another person', () => {
    expect(sameSpeaker('Walter George Amberley', 'Walter Amberley')).toBe(true);
    expect(sameSpeaker('walter amberley', 'Walter Amberley')).toBe(true);
    expect(sameSpeaker('Amberley', 'Walter Amberley')).toBe(false);
    expect(sameSpeaker('Albert Amberley', 'Walter Amberley')).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
    expect(sameSpeaker('Walter Amberley', null)).toBe(false);
    // A trailing apostrophe is part of some names' spelling ("Ochieng'"), not of who they are.
    expect(sameSpeaker('Peter Ochieng', "Peter Ochieng'")).toBe(true);
    expect(sameSpeaker('Paul Ochieng', "Peter Ochieng'")).toBe(false);
  });
});
