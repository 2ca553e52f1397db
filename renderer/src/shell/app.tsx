import { useCallback } from 'react';
import { useBriefingEditor } from '../briefing/use-briefing-editor';
import { useBriefingSession } from '../briefing/use-briefing-session';
import { LibraryRevisionContext, useLibraryRevisionState } from '../shared/library-revision';
import { useLibraryOverview } from '../library/use-library-overview';
import { Notices, NoticesProvider } from '../shared/notices';
import { useNotify } from '../shared/use-notices';
import { Workspace } from './workspace';

/** The window, with its notices: every part of it says what it did, or what went wrong, through them. */
export function App() {
  return (
    <NoticesProvider>
      <Window />
    </NoticesProvider>
  );
}

/** Loads the library and the first briefing, then shows the workspace. */
function Window() {
  const editor = useBriefingEditor();
  const session = useBriefingSession(editor);
  const { fail } = useNotify();
  const revision = useLibraryRevisionState();
  const overview = useLibraryOverview(
    useCallback((error: unknown) => fail('The library could not be opened', error), [fail]),
    revision.revision,
  );

  if (overview && editor.briefing) {
    return (
      <LibraryRevisionContext.Provider value={revision}>
        <Workspace overview={overview} briefing={editor.briefing} editor={editor} session={session} />
      </LibraryRevisionContext.Provider>
    );
  }
  return (
    <div className="app-loading">
      <p role="status">Opening the library…</p>
      <div className="toasts">
        <Notices />
      </div>
    </div>
  );
}
