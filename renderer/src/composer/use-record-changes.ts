import { useCallback, useMemo, useRef } from 'react';
import { call } from '../api';
import { useLibraryChanged } from '../shared/library-revision';
import { useNotify } from '../shared/use-notices';
import type { ModelRecord } from './composed-records';
import { asKey, asReviewed, asUnreviewed, changedFields, type RecordChange } from './record-changes';

/** The library edits the composer makes to a record of the briefing. */
export interface RecordChanges {
  /** Marks the record key (a one-page brief leads with key records), or not. */
  setKey(record: Pick<ModelRecord, 'id' | 'summary'>, key: boolean): void;
  /** Takes the import's "not reviewed" mark off the record, once the analyst has checked it. */
  markReviewed(record: Pick<ModelRecord, 'id' | 'summary'>): void;
}

/**
 * Record edits from the composer, made as the library's record form makes them (`updateRecord`,
 * so the record's edit time and the shelf's staleness follow), each confirmed with an Undo that
 * makes the opposite edit, as the library's other edits are. The composer and the preview load
 * again through the library's revision. A second change to a record while one is on its way is
 * ignored, so a double press cannot race.
 */
export function useRecordChanges(): RecordChanges {
  const { confirm, fail } = useNotify();
  const changed = useLibraryChanged();
  const pending = useRef(new Set<string>());

  const apply = useCallback(
    async (id: string, change: RecordChange): Promise<boolean> => {
      if (pending.current.has(id)) return false;
      pending.current.add(id);
      try {
        // The record as main has it now: the composer shows only part of it.
        const { record } = await call('getRecord', { id });
        await call('updateRecord', { id, fields: changedFields(record, change) });
        changed();
        return true;
      } catch (error) {
        fail('The record was not changed', error);
        return false;
      } finally {
        pending.current.delete(id);
      }
    },
    [changed, fail],
  );

  return useMemo(() => {
    const setKey: RecordChanges['setKey'] = (record, key) => {
      void apply(record.id, asKey(key)).then((done) => {
        if (done) confirm(`${key ? 'Marked key' : 'No longer key'}: “${record.summary}”`, { label: 'Undo', run: () => setKey(record, !key) });
      });
    };
    const setReviewed = (record: Pick<ModelRecord, 'id' | 'summary'>, reviewed: boolean) => {
      void apply(record.id, reviewed ? asReviewed : asUnreviewed).then((done) => {
        if (done) confirm(`${reviewed ? 'Marked reviewed' : 'Marked not reviewed'}: “${record.summary}”`, { label: 'Undo', run: () => setReviewed(record, !reviewed) });
      });
    };
    return { setKey, markReviewed: (record) => setReviewed(record, true) };
  }, [apply, confirm]);
}
