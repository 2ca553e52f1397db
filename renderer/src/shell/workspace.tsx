import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Briefing, LibraryOverview } from '../../../main/api';
import { call, onEvent } from '../api';
import { OpenBriefingDialog } from '../briefing/open-briefing-dialog';
import { UnsavedChangesDialog } from '../shared/unsaved-changes-dialog';
import type { BriefingEditor } from '../briefing/use-briefing-editor';
import type { useBriefingSession } from '../briefing/use-briefing-session';
import { includedCount } from '../composer/arrange';
import { ComposerView } from '../composer/composer-view';
import { useComposedRecords } from '../composer/use-composed-records';
import { LibraryActions } from '../editing/library-actions';
import { LibraryPanels } from './library-panels';
import { useLibraryChanged } from '../shared/library-revision';
import { useLibraryEditing } from './use-library-editing';
import { EMPTY_EXPORT_QUESTION } from '../export/empty-export';
import { ExportStatus } from '../export/export-status';
import { useExport } from '../export/use-export';
import { addRecords, applyRule, removeRecord, ruleFilters, withFiltersAsRule } from '../briefing/selection-edits';
import { SelectionRule } from '../composer/selection-rule';
import { BriefingBar, MAX_ADDED_AT_ONCE } from '../library/briefing-bar';
import { LibraryView } from './library-view';
import { SearchBox } from '../library/search-box';
import { SelectionSidebar } from '../library/selection-sidebar';
import { useFacetCounts } from '../library/use-facet-counts';
import { useRecordResults } from '../library/use-record-results';
import { PreviewPane } from '../shared/pdf/preview-pane';
import { usePreview } from '../preview/use-preview';
import { ReadingRoom } from './reading-room';
import { useShelf } from '../shelf/use-shelf';
import { filtersWithin, isFiltered, NO_FILTERS, sameFilters, type LibraryFilters } from '../shared/library-filters';
import { TemplateStudio } from '../templates/template-studio';
import { useTemplateBuffers } from '../templates/use-template-buffers';
import { HelpDialog } from './help-dialog';
import { Notices } from '../shared/notices';
import { PaneToggles } from './pane-toggles';
import { ReadOnlyBanner } from './read-only-banner';
import { StatusBar } from './status-bar';
import { Toolbar, type View } from './toolbar';
import { OpenRecordContext } from '../reader/open-record';
import { useMenuCommands } from './use-menu-commands';
import { useNotify } from '../shared/use-notices';
import { isTextField, useUndoShortcuts } from '../shared/use-undo-shortcuts';
import { usePaneToggle } from './use-pane-toggles';
import { WorkspacePanes } from './workspace-panes';

interface WorkspaceProps {
  overview: LibraryOverview;
  briefing: Briefing;
  editor: BriefingEditor;
  session: ReturnType<typeof useBriefingSession>;
}

/** Toolbar; selection sidebar | library or composer | preview, or the template studio, or the reading room; status bar. */
export function Workspace({ overview, briefing, editor, session }: WorkspaceProps) {
  const [view, setView] = useState<View>('library');
  const [selectedId, setSelectedId] = useState<string>();
  const [choosingBriefing, setChoosingBriefing] = useState(false);
  const [showingHelp, setShowingHelp] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const saveTemplateRef = useRef<(() => void) | null>(null);
  const templateBuffers = useTemplateBuffers();
  const readingSearchRef = useRef<HTMLInputElement>(null);
  const { fail } = useNotify();
  const { edit } = editor;
  const sidebarToggle = usePaneToggle();
  const previewToggle = usePaneToggle();

  const failedLoading = useCallback((error: unknown) => fail('Records could not be loaded', error), [fail]);
  const failedComposing = useCallback((error: unknown) => fail('The briefing could not be composed', error), [fail]);
  const failedListing = useCallback((error: unknown) => fail('Saved briefings could not be listed', error), [fail]);

  // What the library browses by: the window's own, so browsing never edits the briefing.
  const [chosenFilters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const filters = useMemo(() => filtersWithin(chosenFilters, overview), [chosenFilters, overview]);
  const changeFilters = (change: Partial<LibraryFilters>) => setFilters({ ...filters, ...change });
  const results = useRecordResults(filters, failedLoading);
  const counts = useFacetCounts(filters, failedLoading);
  const composed = useComposedRecords(briefing, failedComposing);
  const preview = usePreview(briefing);
  const exporter = useExport();
  // The library at one record, its passage marked: after an import, and from a record link in the reader.
  const showRecord = useCallback((recordId: string) => {
    setView('library');
    setSelectedId(recordId);
  }, []);
  const libraryEditing = useLibraryEditing({ followLibrary: editor.followLibrary, showRecord });
  const shelf = useShelf();
  const libraryChanged = useLibraryChanged();
  const refreshShelf = shelf.refresh;
  // Another program changed the library file and main reloaded it: load again what is shown.
  useEffect(
    () =>
      onEvent('library:changed', () => {
        libraryChanged();
        refreshShelf();
      }),
    [libraryChanged, refreshShelf],
  );

  const inBriefing = useMemo(() => {
    const excluded = new Set(briefing.items.filter((i) => !i.included).map((i) => i.recordId));
    return new Set([...(composed?.records.keys() ?? [])].filter((id) => !excluded.has(id)));
  }, [composed, briefing.items]);
  const filtersAreRule = briefing.selection.applyFilters && sameFilters(filters, ruleFilters(briefing.selection));

  // Every record the filters find, for "Add … to briefing": the loaded pages, or one larger page.
  const addFound = async () => {
    const { total, records } = results;
    if (!total || total > MAX_ADDED_AT_ONCE) return;
    try {
      const ids = records.length >= total ? records.map((r) => r.id) : (await call('findRecords', { ...filters, limit: MAX_ADDED_AT_ONCE })).records.map((r) => r.id);
      edit((b) => addRecords(b, ids));
    } catch (error) {
      failedLoading(error);
    }
  };

  const find = () => {
    if (view === 'reading-room') {
      readingSearchRef.current?.select();
      return;
    }
    setView('library');
    requestAnimationFrame(() => searchRef.current?.select());
  };
  const openPdf = () => {
    setView('reading-room');
    void shelf.addPdf();
  };
  // With a text field focused, the menu's Undo and Redo act on its text, as they would natively.
  const undo = () => (isTextField(document.activeElement) ? document.execCommand('undo') : editor.undo());
  const redo = () => (isTextField(document.activeElement) ? document.execCommand('redo') : editor.redo());
  const exporting = exporter.state.phase === 'running';
  // One export at a time: the menu stays enabled while the toolbar button is disabled.
  const startExport = () => {
    if (exporting) return;
    // Asked here, where the composed records are known; main writes whatever it is sent.
    if (composed && includedCount(composed, briefing.items) === 0 && !window.confirm(EMPTY_EXPORT_QUESTION)) return;
    exporter.start(briefing);
  };

  useUndoShortcuts(editor.undo, editor.redo);
  useMenuCommands({
    'new-briefing': session.requestNew,
    'open-briefing': () => setChoosingBriefing(true),
    // In the template studio, Save saves the template being edited.
    'save': () => (view === 'templates' ? saveTemplateRef.current?.() : void session.save()),
    'export-pdf': startExport,
    'undo': undo,
    'redo': redo,
    'find': find,
    'import-article': libraryEditing.startImport,
    'open-pdf': openPdf,
    'show-library': () => setView('library'),
    'show-composer': () => setView('composer'),
    'show-templates': () => setView('templates'),
    'show-reading-room': () => setView('reading-room'),
    'show-help': () => setShowingHelp(true),
  });

  const reportOutcome = (action: Promise<void>, failure: string) => action.catch((error: unknown) => fail(failure, error));

  return (
    <OpenRecordContext.Provider value={showRecord}>
    <div className="workspace">
      <Toolbar
        title={briefing.title}
        dirty={editor.dirty}
        view={view}
        onView={setView}
        canUndo={editor.canUndo}
        canRedo={editor.canRedo}
        exporting={exporting}
        onNew={session.requestNew}
        onOpen={() => setChoosingBriefing(true)}
        onSave={() => void session.save()}
        onUndo={editor.undo}
        onRedo={editor.redo}
        onExport={startExport}
        onHelp={() => setShowingHelp(true)}
      />

      <ReadOnlyBanner reason={overview.readOnly} />

      {view === 'templates' ? (
        <TemplateStudio briefing={briefing} buffers={templateBuffers} saveRef={saveTemplateRef} />
      ) : view === 'reading-room' ? (
        <ReadingRoom shelf={shelf} searchRef={readingSearchRef} />
      ) : (
        <WorkspacePanes
          sidebarToggle={sidebarToggle}
          previewToggle={previewToggle}
          sidebar={
            <aside className="sidebar-pane">
              <SearchBox inputRef={searchRef} value={filters.search} onSearch={(search) => changeFilters({ search })} />
              <SelectionSidebar overview={overview} filters={filters} counts={counts} onChange={changeFilters} />
              <LibraryActions
                onImport={libraryEditing.startImport}
                onSources={() => libraryEditing.manage('sources')}
                onTopics={() => libraryEditing.manage('topics')}
                onRecentlyDeleted={() => libraryEditing.manage('deleted')}
              />
            </aside>
          }
          main={
            <main id="main-view" className="main-pane" role="tabpanel" aria-labelledby={`tab-${view}`}>
              {view === 'library' ? (
                <LibraryView
                  overview={overview}
                  results={results}
                  inBriefing={inBriefing}
                  briefingActions={
                    <BriefingBar
                      found={results.total}
                      filtered={isFiltered(filters)}
                      isRule={filtersAreRule}
                      onAddFound={() => void addFound()}
                      onUseAsRule={() => edit((b) => withFiltersAsRule(b, filters))}
                    />
                  }
                  onAddToBriefing={(recordId) => edit((b) => addRecords(b, [recordId]))}
                  onRemoveFromBriefing={(recordId) => edit((b) => removeRecord(b, recordId))}
                  selectedId={selectedId}
                  onSelect={setSelectedId}
                  onClearFilters={() => setFilters(NO_FILTERS)}
                  onError={failedLoading}
                  edits={libraryEditing.edits}
                  newRecordSourceId={filters.sources.length === 1 ? filters.sources[0] : undefined}
                />
              ) : (
                <ComposerView
                  briefing={briefing}
                  composed={composed}
                  onEdit={edit}
                  onShowLibrary={() => setView('library')}
                  onRemove={(recordId) => edit((b) => removeRecord(b, recordId))}
                  onOpenRecord={showRecord}
                  rule={
                    <SelectionRule
                      selection={briefing.selection}
                      overview={overview}
                      libraryMatchesRule={sameFilters(filters, ruleFilters(briefing.selection))}
                      onApplyRule={(apply) => edit((b) => applyRule(b, apply))}
                      onUseLibraryFilters={() => edit((b) => withFiltersAsRule(b, filters))}
                      onBrowseRule={() => {
                        setFilters(ruleFilters(briefing.selection));
                        setView('library');
                      }}
                    />
                  }
                />
              )}
            </main>
          }
          preview={<PreviewPane preview={preview} />}
        />
      )}

      <StatusBar
        libraryFile={overview.file}
        shownLibraryFile={overview.shownFile}
        libraryRecords={overview.records}
        dirty={editor.dirty}
        savedAt={editor.savedAt}
        templateId={briefing.templateId}
        controls={view === 'library' || view === 'composer' ? <PaneToggles sidebar={sidebarToggle} preview={previewToggle} /> : undefined}
      />

      <div className="toasts" aria-live="polite">
        <ExportStatus
          state={exporter.state}
          onOpen={() => reportOutcome(call('openLastExport'), 'The PDF could not be opened')}
          onReveal={() => reportOutcome(call('revealLastExport'), 'The folder could not be shown')}
          onDismiss={exporter.dismiss}
        />
        <Notices />
      </div>

      <OpenBriefingDialog
        open={choosingBriefing}
        onClose={() => setChoosingBriefing(false)}
        onOpen={(id) => {
          setChoosingBriefing(false);
          session.requestOpen(id);
        }}
        onError={failedListing}
        onRenamed={(id, title) => id === briefing.id && edit((b) => ({ ...b, title }))}
      />
      <UnsavedChangesDialog {...session.unsaved} />
      <HelpDialog open={showingHelp} onClose={() => setShowingHelp(false)} onError={(error) => fail('The guide could not be opened', error)} />
      <LibraryPanels editing={libraryEditing} overview={overview} />
    </div>
    </OpenRecordContext.Provider>
  );
}
