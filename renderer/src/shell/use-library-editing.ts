import { useEffect, useState } from 'react';
import type { AddedImport, Briefing } from '../../../main/api';
import { useFileDrop } from '../shared/use-file-drop';
import { ApiError } from '../api';
import { useImport, type ImportReview } from '../import/use-import';
import { plural } from '../shared/format';
import { useEffectEvent } from '../shared/use-effect-event';
import { useLibraryChanged } from '../shared/library-revision';
import { useNotify } from '../shared/use-notices';
import { useLibraryEdits, type LibraryEdits } from '../editing/use-library-edits';

/** The library's management dialogs. */
export type ManageDialog = 'sources' | 'topics' | 'deleted';

export interface LibraryEditing {
  edits: LibraryEdits;
  followLibrary(change: (briefing: Briefing) => Briefing): void;
  review: ImportReview;
  /** The management dialog open, if any. */
  managing: ManageDialog | undefined;
  manage(dialog: ManageDialog | undefined): void;
  /** File > Import…: main asks which file, then the review opens. */
  startImport(): void;
  /** A file is being dragged over the window. */
  dragging: boolean;
  onCommitted(added: AddedImport, title: string): void;
}

interface Options {
  followLibrary(change: (briefing: Briefing) => Briefing): void;
  /** Shows a record the import added. */
  showRecord(recordId: string): void;
}

/**
 * Everything the window needs to edit the library: the destructive edits with Undo, the import
 * under review (from File > Import… or a file dropped on the window), and which management
 * dialog is open. One import is reviewed at a time.
 */
export function useLibraryEditing({ followLibrary, showRecord }: Options): LibraryEditing {
  const notify = useNotify();
  const { confirm, fail } = notify;
  const edits = useLibraryEdits(notify, followLibrary);
  const review = useImport();
  const changed = useLibraryChanged();
  const [managing, setManaging] = useState<ManageDialog>();
  const reviewing = review.draft !== undefined;

  const start = (open: () => Promise<unknown>) => {
    if (reviewing) {
      const message = 'Finish or discard the import under review first, then import the next file.';
      review.report('One import at a time', new ApiError({ code: 'invalid-request', message }));
      return;
    }
    setManaging(undefined);
    open().catch((error: unknown) => fail('The file was not imported', error));
  };
  const dragging = useFileDrop((file) => start(() => review.openDropped(file)));

  // An import left unfinished when the app last closed opens again, as it was left.
  const resumePending = useEffectEvent(() => {
    review.resumePending().then(
      (problems) => problems.forEach((message) => fail('A kept import could not be read', new ApiError({ code: 'import', message }))),
      (error: unknown) => fail('The unfinished import could not be opened', error),
    );
  });
  // Once, when the window opens.
  useEffect(() => resumePending(), []);

  return {
    edits,
    followLibrary,
    review,
    managing,
    manage: setManaging,
    startImport: () => start(review.openFile),
    dragging,
    onCommitted: (added, title) => {
      changed();
      confirm(`Added “${title}” with ${plural(added.recordIds.length, 'record')}`);
      if (added.recordIds[0]) showRecord(added.recordIds[0]);
    },
  };
}
