import { useCallback, useMemo } from 'react';
import type { Briefing, SourceSummary, Topic } from '../../../main/api';
import { call } from '../api';
import type { Notify } from '../shared/use-notices';
import { plural } from '../shared/format';
import { withMergedTopic, withoutRecords, withoutSource, withoutTopic } from './briefing-follows-library';
import { useLibraryChanged } from '../shared/library-revision';

/** Deleting, merging and restoring, each confirmed with a way back. */
export interface LibraryEdits {
  deleteRecord(recordId: string): Promise<boolean>;
  restoreRecord(recordId: string): Promise<boolean>;
  deleteSource(source: Pick<SourceSummary, 'id' | 'title'>): Promise<boolean>;
  mergeTopics(from: Topic, into: Topic): Promise<boolean>;
  deleteTopic(topic: Topic): Promise<boolean>;
  restoreFromTrash(trashId: string): Promise<boolean>;
  /** Removes everything under Recently deleted for good (after the analyst has said so). */
  emptyTrash(): Promise<boolean>;
}

/**
 * The library's destructive edits, as the window runs them: each tells the window the library
 * changed, keeps the briefing being edited in step with it (see `followLibrary`), and confirms
 * with an Undo that restores what went. Failures are reported, never silent. Each resolves to
 * whether it was done.
 */
export function useLibraryEdits(notify: Notify, followLibrary: (change: (briefing: Briefing) => Briefing) => void): LibraryEdits {
  const changed = useLibraryChanged();
  const { confirm, fail } = notify;

  const attempt = useCallback(
    async <T>(action: () => Promise<T>, failure: string): Promise<T | undefined> => {
      try {
        const result = await action();
        changed();
        return result;
      } catch (error) {
        fail(failure, error);
        return undefined;
      }
    },
    [changed, fail],
  );

  return useMemo(() => {
    const restoreFromTrash = async (trashId: string) => {
      const restored = await attempt(() => call('restoreFromTrash', { id: trashId }), 'It could not be restored');
      if (restored) confirm(`Restored “${restored.label}”${restored.kind === 'source' ? ` with ${plural(restored.records, 'record')}` : ''}`);
      return restored !== undefined;
    };
    const restoreRecord = async (recordId: string) => {
      const restored = await attempt(() => call('restoreRecord', { id: recordId }), 'The record could not be restored');
      if (restored) confirm('Record restored');
      return restored !== undefined;
    };
    return {
      restoreFromTrash,
      restoreRecord,
      emptyTrash: async () => {
        const emptied = await attempt(() => call('emptyTrash'), 'Recently deleted was not emptied');
        if (!emptied) return false;
        followLibrary(withoutRecords(emptied.recordIds));
        const parts = [plural(emptied.recordIds.length, 'record'), plural(emptied.sources, 'source'), plural(emptied.topics, 'topic')];
        confirm(`Deleted for good: ${parts.join(', ')}`);
        return true;
      },
      deleteRecord: async (recordId) => {
        const deleted = await attempt(() => call('deleteRecord', { id: recordId }), 'The record was not deleted');
        if (deleted) confirm('Record deleted', { label: 'Undo', run: () => void restoreRecord(recordId) });
        return deleted !== undefined;
      },
      deleteSource: async (source) => {
        const deletion = await attempt(() => call('deleteSource', { id: source.id }), 'The source was not deleted');
        if (!deletion) return false;
        followLibrary(withoutSource(source.id, deletion.recordIds));
        confirm(`Deleted “${source.title}” and ${plural(deletion.records, 'record')}`, { label: 'Undo', run: () => void restoreFromTrash(deletion.trashId) });
        return true;
      },
      mergeTopics: async (from, into) => {
        const merge = await attempt(() => call('mergeTopics', { from: from.id, into: into.id }), 'The topics were not merged');
        if (!merge) return false;
        followLibrary(withMergedTopic(from.id, into.id));
        confirm(`Merged “${from.label}” into “${into.label}”`, { label: 'Undo', run: () => void restoreFromTrash(merge.trashId) });
        return true;
      },
      deleteTopic: async (topic) => {
        const deletion = await attempt(() => call('deleteTopic', { id: topic.id }), 'The topic was not deleted');
        if (!deletion) return false;
        followLibrary(withoutTopic(topic.id));
        confirm(`Deleted the topic “${topic.label}”`, { label: 'Undo', run: () => void restoreFromTrash(deletion.trashId) });
        return true;
      },
    } satisfies LibraryEdits;
  }, [attempt, confirm, followLibrary]);
}
