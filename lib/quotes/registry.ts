// People named anywhere on a page, kept across incremental scans (QuoteScanner), so a quote that
// arrives later ("he said", "Clinton said") resolves against everyone the page has named so far.

import { addRole, isPersonLike, type Person } from './people';

export class PageRegistry {
  private people: Person[] = [];
  /** The same people by the last part of their name, so a page naming thousands is not compared pairwise. */
  private readonly bySurname = new Map<string, Person[]>();

  /** Everyone known so far; each carries `pageMentions`, the mentions counted on the page. */
  get persons(): readonly Person[] {
    return this.people;
  }

  /** Adds the people one scan found (only person-like names: not places or prizes). */
  update(found: readonly Person[]): void {
    for (const p of found) {
      if (!isPersonLike(p)) continue;
      const last = p.parts[p.parts.length - 1]!;
      let namesakes = this.bySurname.get(last);
      if (!namesakes) this.bySurname.set(last, (namesakes = []));
      const same = namesakes.find((k) => k.parts.every((w) => p.parts.includes(w)) || p.parts.every((w) => k.parts.includes(w)));
      if (!same) {
        const person: Person = { name: p.name, parts: [...p.parts], roles: [...p.roles], mentions: [], pageMentions: p.mentions.length };
        this.people.push(person);
        namesakes.push(person);
        continue;
      }
      if (p.parts.length > same.parts.length) {
        same.name = p.name;
        same.parts = [...p.parts];
      }
      for (const r of p.roles) addRole(same, r);
      // A person adopted from the registry carries its old count in pageMentions: add only the new mentions.
      same.pageMentions = (same.pageMentions ?? 0) + p.mentions.length;
    }
  }
}
