import type { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ApiErrorInfo, Briefing, TemplateEditorReference, TemplateListing, TemplateProblem, TrashedTemplate } from '../../../main/api';
import { ApiError, call } from '../api';
import { PreviewPane } from '../shared/pdf/preview-pane';
import { useNotify } from '../shared/use-notices';
import { DiscardEditsDialog } from './discard-edits-dialog';
import { replaceEditorText } from './editor-text';
import { EditorModeTabs, type EditorMode } from './editor-mode-tabs';
import { OpenTemplateTabs } from './open-template-tabs';
import { PageSetupForm } from './page-setup-form';
import { ProblemsList } from './problems-list';
import { ReferencePanel } from './reference-panel';
import { TemplateEditor } from './template-editor';
import { TemplateHeader } from './template-header';
import { offsetOf } from './template-lint';
import { TemplateList } from './template-list';
import './template-studio.css';
import { isUnsaved, type TemplateBuffers } from './use-template-buffers';
import { useTemplateDocument } from './use-template-document';
import { useTemplateList } from './use-template-list';
import { useTemplatePreview } from './use-template-preview';

interface TemplateStudioProps {
  briefing: Briefing;
  /** The open templates' text, kept by the workspace across view switches. */
  buffers: TemplateBuffers;
  /** Set to this view's Save, for the menu's Save command while the studio is shown. */
  saveRef: RefObject<(() => void) | null>;
}

/**
 * The template studio: the templates | the open one's source, checked as it is typed | the
 * current briefing printed with it. Fills the workspace's sidebar, main and preview areas.
 */
export function TemplateStudio({ briefing, buffers, saveRef }: TemplateStudioProps) {
  const { fail, confirm } = useNotify();
  const failedListing = useCallback((error: unknown) => fail('Templates could not be listed', error), [fail]);
  const list = useTemplateList(failedListing);
  const { refresh } = list;
  const document = useTemplateDocument(buffers, fail, () => void refresh());
  const { open, openTemplate } = document;
  const reference = useTemplateReference(fail);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [deleted, setDeleted] = useState<TrashedTemplate>();
  // An action that would drop unsaved edits, waiting for the analyst's answer.
  const [pendingDiscard, setPendingDiscard] = useState<{ name: string; action: string; run(): void }>();
  const viewRef = useRef<EditorView>(null);
  // The source or the page-setup form over it; the editor stays open under the form, so both
  // edit one text with one undo history.
  const [mode, setMode] = useState<EditorMode>('source');
  const preview = useTemplatePreview(briefing, open?.template.id, open?.text);

  const { save } = document;
  useEffect(() => {
    saveRef.current = () => void save();
    return () => {
      saveRef.current = null;
    };
  }, [saveRef, save]);

  // The studio opens on the template the briefing uses, once the list has come; then the analyst
  // chooses. Coming back from another view shows the templates as they were left.
  const templates = list.templates;
  const openedFirst = useRef(buffers[0].activeId !== undefined);
  useEffect(() => {
    if (!templates || openedFirst.current) return;
    openedFirst.current = true;
    const first = templates.find((t) => t.id === briefing.templateId) ?? templates[0];
    if (first) void openTemplate(first.id);
  }, [templates, briefing.templateId, openTemplate]);

  // Problems belong to the text they were found in: another template starts with none listed.
  const session = open?.session;
  useEffect(() => setProblems([]), [session]);

  const check = useCallback(
    (text: string) => (open ? call('checkTemplate', { id: open.template.id, text }) : Promise.resolve([])),
    [open],
  );

  const jumpTo = (problem: TemplateProblem) => {
    const view = viewRef.current;
    if (!view) return;
    setMode('source');
    view.dispatch({ selection: { anchor: offsetOf(view.state.doc, problem.line, problem.column) }, scrollIntoView: true });
    view.focus();
  };

  /** Runs `run` now, or after asking, when it would drop unsaved edits to template `id`. */
  const guardEdits = (id: string, action: string, run: () => void) => {
    const doc = document.buffers.find((d) => d.template.id === id);
    if (!doc || !isUnsaved(doc)) return run();
    // The question is about the template in front of the analyst, so Save saves that one.
    if (open?.template.id !== id) void openTemplate(id);
    setPendingDiscard({ name: doc.template.name, action, run });
  };

  /** Runs a list command; a new or changed template it returns is opened. */
  const run = async (failure: string, action: () => Promise<TemplateListing | undefined>) => {
    setDeleted(undefined);
    try {
      const listing = await action();
      await refresh();
      if (listing) await openTemplate(listing.id);
    } catch (error) {
      fail(failure, error);
    }
  };

  const uniqueName = (base: string) => {
    const names = new Set(templates?.map((t) => t.name));
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base} ${n}`;
    return name;
  };

  return (
    <>
      <aside className="sidebar-pane template-sidebar">
        <TemplateList
          templates={templates}
          trash={list.trash}
          selectedId={open?.template.id}
          deleted={deleted}
          onOpen={(id) => void openTemplate(id)}
          onNew={(from) =>
            void run('The template could not be created', () => {
              const base = templates?.find((t) => t.id === from)?.name ?? 'Template';
              return call('createTemplate', { name: uniqueName(`New ${base.toLowerCase()}`), from });
            })
          }
          onDuplicate={(id) => void run('The template could not be duplicated', () => call('duplicateTemplate', { id }))}
          onDelete={(id) =>
            guardEdits(id, 'Deleting it', () =>
              void run('The template could not be deleted', async () => {
                const trashed = await call('deleteTemplate', { id });
                document.close(id);
                setDeleted(trashed);
                return undefined;
              }),
            )
          }
          onRestore={(trashId) => void run('The template could not be restored', () => call('restoreTemplate', { trashId }))}
          onImport={() =>
            void run('The template could not be imported', async () => {
              const result = await call('importTemplate');
              if (result.canceled) return undefined;
              if (!result.saved) throw new ApiError(importRefusal(result.problems));
              return result.template;
            })
          }
          onExport={(id) =>
            void call('exportTemplate', { id }).then(
              (result) => !result.canceled && confirm(`Template exported to ${result.file}`),
              (error: unknown) => fail('The template could not be exported', error),
            )
          }
        />
      </aside>

      <main id="main-view" className="main-pane template-main" role="tabpanel" aria-labelledby="tab-templates">
        <OpenTemplateTabs
          docs={document.buffers}
          activeId={open?.template.id}
          onShow={(id) => void openTemplate(id)}
          onClose={(id) =>
            guardEdits(id, 'Closing it', () => {
              document.close(id);
              // Closed without saving: the draft kept of its edits goes too, or reopening would offer it.
              call('discardTemplateDraft', { id }).catch((error: unknown) => fail('The draft could not be discarded', error));
            })
          }
        />
        {open ? (
          <>
            <TemplateHeader
              doc={open}
              status={document.status}
              onSave={() => void document.save()}
              onDuplicate={() => void run('The template could not be duplicated', () => call('duplicateTemplate', { id: open.template.id }))}
              onRename={(name) =>
                void call('renameTemplate', { id: open.template.id, name }).then(
                  (listing) => {
                    document.replaceListing(listing);
                    void refresh();
                  },
                  (error: unknown) => fail('The template could not be renamed', error),
                )
              }
            />
            {open.draft && (
              <div className="draft-offer" role="alert">
                <span>
                  Unsaved edits from {new Date(open.draft.savedAt).toLocaleString()} were kept as a draft.
                </span>
                <button type="button" className="button button-primary" onClick={document.restoreDraft}>
                  Restore draft
                </button>
                <button type="button" className="button" onClick={() => void document.discardDraft()}>
                  Discard
                </button>
              </div>
            )}
            <EditorModeTabs mode={mode} onChange={setMode} />
            {mode === 'page-setup' && (
              <PageSetupForm
                text={open.text}
                readOnly={open.template.builtIn}
                onChange={(text) => (viewRef.current ? replaceEditorText(viewRef.current, text) : document.edit(text))}
                onShowSource={() => setMode('source')}
              />
            )}
            <TemplateEditor
              hidden={mode !== 'source'}
              text={open.text}
              session={open.session}
              readOnly={open.template.builtIn}
              reference={reference}
              check={check}
              onChange={document.edit}
              onProblems={setProblems}
              onBlur={() => void document.keepDraft()}
              onSave={() => void document.save()}
              viewRef={viewRef}
            />
            <ProblemsList problems={problems} onJump={jumpTo} />
            {mode === 'source' && <ReferencePanel reference={reference} />}
          </>
        ) : (
          <p className="template-placeholder muted">{templates ? 'Choose a template to edit.' : 'Loading templates…'}</p>
        )}
      </main>

      <PreviewPane preview={preview} />

      <DiscardEditsDialog
        name={pendingDiscard?.name}
        action={pendingDiscard?.action ?? ''}
        onCancel={() => setPendingDiscard(undefined)}
        onDiscard={() => {
          setPendingDiscard(undefined);
          pendingDiscard?.run();
        }}
        onSave={() => {
          setPendingDiscard(undefined);
          void document.save().then((saved) => saved && pendingDiscard?.run());
        }}
      />
    </>
  );
}

/** The fields, helpers and partials the editor completes and the reference lists; read once. */
function useTemplateReference(fail: (title: string, error: unknown) => void): TemplateEditorReference | undefined {
  const [reference, setReference] = useState<TemplateEditorReference>();
  useEffect(() => {
    call('templateReference').then(setReference, (error: unknown) => fail('The template reference could not be loaded', error));
  }, [fail]);
  return reference;
}

/** Why an imported file was not taken, in the words an error notice shows. */
function importRefusal(problems: TemplateProblem[]): ApiErrorInfo {
  return {
    code: 'template',
    message: 'The file has errors, so it was not imported.',
    issues: problems.filter((p) => p.severity === 'error').map((p) => `line ${p.line}:${p.column}: ${p.message}`),
    hint: 'Fix the file at the lines shown, or import another.',
  };
}
