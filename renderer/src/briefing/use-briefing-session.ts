import { useCallback, useEffect, useState } from 'react';
import { call } from '../api';
import { useNotify } from '../shared/use-notices';
import type { BriefingEditor } from './use-briefing-editor';

/** New, open and save, with a question before unsaved edits would be dropped. */
export function useBriefingSession(editor: BriefingEditor) {
  const { briefing, dirty, load, markSaved } = editor;
  const { confirm, fail } = useNotify();
  // An action waiting for the analyst to decide about unsaved edits.
  const [pending, setPending] = useState<{ run(): void }>();

  const startNew = useCallback(() => {
    call('newBriefing').then(
      (fresh) => load(fresh, false),
      (error: unknown) => fail('A new briefing could not be started', error),
    );
  }, [load, fail]);

  const open = useCallback(
    (id: string) => {
      call('getBriefing', { id }).then(
        (saved) => load(saved, true),
        (error: unknown) => fail('The briefing could not be opened', error),
      );
    },
    [load, fail],
  );

  const save = useCallback(async (): Promise<boolean> => {
    if (!briefing) return false;
    try {
      markSaved(await call('saveBriefing', briefing));
      confirm('Briefing saved');
      return true;
    } catch (error) {
      fail('The briefing was not saved', error);
      return false;
    }
  }, [briefing, markSaved, confirm, fail]);

  const guard = useCallback((run: () => void) => (dirty ? setPending({ run }) : run()), [dirty]);

  // The first briefing of the session.
  useEffect(startNew, [startNew]);

  return {
    save,
    requestNew: () => guard(startNew),
    requestOpen: (id: string) => guard(() => open(id)),
    unsaved: {
      title: pending ? briefing?.title : undefined,
      onSave: () => {
        const action = pending;
        setPending(undefined);
        void save().then((saved) => saved && action?.run());
      },
      onDiscard: () => {
        const action = pending;
        setPending(undefined);
        action?.run();
      },
      onCancel: () => setPending(undefined),
    },
  };
}
