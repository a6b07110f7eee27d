import { describe, expect, it } from 'vitest';
import { detect, speakers } from './helpers';

const h1 = (text: string) => ({ text, tag: 'h1' });

describe('headline quotes whose speaker the body names', () => {
  it('a Title Case headline: "… as Surname Says Bank ‘Not Finished Yet’" is the named person’s fragment', () => {
    const paragraphs = [
      h1('Marland Raises Rates as Velasquez Says Bank ‘Not Finished Yet’'),
      'The central bank of Marland raised its main rate on Thursday.',
      'Governor Petra Velasquez told reporters the bank would act again if prices kept climbing.',
    ] as const;
    expect(speakers(...paragraphs)).toEqual(['Petra Velasquez']);
    expect(detect(...paragraphs).map((q) => q.kind)).toEqual(['fragment']);
  });

  it('guard: a Title Case headline quoting a name nobody says stays a scare quote', () => {
    const paragraphs = [
      h1('Senate Passes Long-Awaited ‘Clean Harbours’ Act After Late Vote'),
      'The bill passed 61 to 39 on Tuesday night.',
      'Senator Wendell Arbuthnot said the vote was overdue.',
    ] as const;
    expect(speakers(...paragraphs)).toEqual([null]);
    expect(detect(...paragraphs).map((q) => q.kind)).toEqual(['scare']);
  });

  it('guard: a run of capitals only the Title Case heading has is no speaker to hand its quote to', () => {
    const paragraphs = [
      h1('Judge Halts Pipeline Permit, Calling It ‘Reckless’'),
      'A federal judge on Friday halted the permit.',
      'Judge Maria Okafor wrote that the agency had acted in haste.',
    ] as const;
    expect(speakers(...paragraphs)).toEqual([null]);
  });

  it('guard: a lower-case headline with a Title Case quote is still a title', () => {
    const paragraphs = [
      h1('Velasquez says bank will study ‘Project Kestrel’ before any decision'),
      'Governor Petra Velasquez told reporters the bank would act again.',
    ] as const;
    expect(detect(...paragraphs).map((q) => q.kind)).toEqual(['scare']);
  });
});
