import { describe, expect, it } from 'vitest';
import { planInjection } from '../../lib/ext/background-app';

describe('injecting into pages open at install', () => {
  it('takes each window’s active tab and up to the limit of others now, and leaves the rest for when they are shown', () => {
    const tabs = [{ id: 1 }, { id: 2, active: true }, { id: 3 }, { id: 4, discarded: true }, { id: 5, active: true }, { id: 6 }, {}];
    expect(planInjection(tabs, 1)).toEqual({ now: [2, 5, 1], later: [3, 6] });
    expect(planInjection(tabs, 10)).toEqual({ now: [2, 5, 1, 3, 6], later: [] });
  });

  it('never defers an active tab, however many windows there are', () => {
    const tabs = [{ id: 1, active: true }, { id: 2, active: true }, { id: 3, active: true }, { id: 4 }, { id: 5 }];
    expect(planInjection(tabs, 1)).toEqual({ now: [1, 2, 3, 4], later: [5] });
  });

  it('skips discarded tabs, which load afresh with the declared script', () => {
    expect(planInjection([{ id: 7, discarded: true, active: true }])).toEqual({ now: [], later: [] });
  });
});
