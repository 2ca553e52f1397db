import { useCallback } from 'react';
import { useBriefingEditor } from '../briefing/use-briefing-editor';
import { useBriefingSession } from '../briefing/use-briefing-session';
import { LibraryRevisionContext, useLibraryRevisionState } from '../shared/library-revision';
import { useLibraryOverview } from '../library/use-library-overview';
import { Notices } from '../shared/notices';
import { useNotices } from '../shared/use-notices';
import { Workspace } from './workspace';

/** The window: loads the library and the first briefing, then shows the workspace. */
export function App() {
  const notices = useNotices();
  const editor = useBriefingEditor();
  const session = useBriefingSession(editor, notices);
  const { fail } = notices;
  const revision = useLibraryRevisionState();
  const overview = useLibraryOverview(
    useCallback((error: unknown) => fail('The library could not be opened', error), [fail]),
    revision.revision,
  );

  if (overview && editor.briefing) {
    return (
      <LibraryRevisionContext.Provider value={revision}>
        <Workspace overview={overview} briefing={editor.briefing} editor={editor} session={session} notices={notices} />
      </LibraryRevisionContext.Provider>
    );
  }
  return (
    <div className="app-loading">
      <p role="status">Opening the library…</p>
      <div className="toasts">
        <Notices notices={notices.notices} onDismiss={notices.dismiss} />
      </div>
    </div>
  );
}
