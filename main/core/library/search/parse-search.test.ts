import { describe, expect, it } from 'vitest';
import { parseSearch } from './parse-search';

describe('parseSearch', () => {
  it('splits words, quoted phrases and field prefixes', () => {
    expect(parseSearch('liaison speaker:"Russian delegation" kind:concern “official channels” topic:arctic')).toEqual([
      { text: 'liaison', phrase: false },
      { field: 'speaker', text: 'Russian delegation', phrase: true },
      { field: 'kind', text: 'concern', phrase: false },
      { text: 'official channels', phrase: true },
      { field: 'topic', text: 'arctic', phrase: false },
    ]);
  });

  it('reads a phrase whose closing quote is not typed yet, and Source: or tags: in any case', () => {
    expect(parseSearch('Source:"official chan')).toEqual([{ field: 'source', text: 'official chan', phrase: true }]);
    expect(parseSearch('tags:nato')).toEqual([{ field: 'tag', text: 'nato', phrase: false }]);
  });

  it('keeps an unknown prefix as text, and drops empty clauses', () => {
    expect(parseSearch('10:30 re:"new start" speaker: "" - …')).toEqual([
      { text: '10:30', phrase: false },
      { text: 're new start', phrase: true },
    ]);
  });
});
