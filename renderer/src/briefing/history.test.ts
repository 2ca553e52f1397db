import { describe, expect, it } from 'vitest';
import { COALESCE_MS, mapHistory, recordEdit, redo, startHistory, undo } from './history';

describe('history', () => {
  it('undoes and redoes edits in order', () => {
    let h = startHistory('a');
    h = recordEdit(h, 'b');
    h = recordEdit(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('drops the redo branch when a new edit is recorded', () => {
    let h = recordEdit(recordEdit(startHistory(1), 2), 3);
    h = recordEdit(undo(h), 4);
    expect(h.future).toEqual([]);
    expect(undo(h).present).toBe(2);
  });

  it('coalesces quick edits with the same key into one step', () => {
    let h = startHistory('');
    h = recordEdit(h, 'T', { key: 'title', at: 0 });
    h = recordEdit(h, 'Ti', { key: 'title', at: 100 });
    h = recordEdit(h, 'Tit', { key: 'title', at: 200 });
    expect(undo(h).present).toBe('');
  });

  it('starts a new step after a pause or with another key', () => {
    let h = startHistory('');
    h = recordEdit(h, 'a', { key: 'title', at: 0 });
    h = recordEdit(h, 'ab', { key: 'title', at: COALESCE_MS + 1 });
    expect(undo(h).present).toBe('a');
    h = recordEdit(h, 'ab!', { key: 'subject', at: COALESCE_MS + 2 });
    expect(undo(h).present).toBe('ab');
  });

  it('maps every snapshot, past and future included, without adding a step', () => {
    const h = undo(recordEdit(recordEdit(startHistory('a'), 'b'), 'c'));
    const mapped = mapHistory(h, (s) => s.toUpperCase());
    expect(mapped).toEqual({ ...h, past: ['A'], present: 'B', future: ['C'] });
  });
});
