import { describe, expect, it } from 'vitest';
import { planInjection } from '../../lib/ext/background-app';

describe('injecting into pages open at install', () => {
  it('takes each window’s active tab first, then others up to the limit, and leaves the rest for when they are shown', () => {
    const tabs = [{ id: 1 }, { id: 2, active: true }, { id: 3 }, { id: 4, discarded: true }, { id: 5, active: true }, { id: 6 }, {}];
    expect(planInjection(tabs, 3)).toEqual({ now: [2, 5, 1], later: [3, 6] });
  });

  it('never defers an active tab, however many windows there are', () => {
    const tabs = [{ id: 1, active: true }, { id: 2, active: true }, { id: 3, active: true }, { id: 4 }];
    expect(planInjection(tabs, 2)).toEqual({ now: [1, 2, 3], later: [4] });
  });

  it('skips discarded tabs, which load afresh with the declared script', () => {
    expect(planInjection([{ id: 7, discarded: true, active: true }])).toEqual({ now: [], later: [] });
  });
});
