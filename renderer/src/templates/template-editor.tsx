import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { html } from '@codemirror/lang-html';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, lintKeymap } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useRef, type RefObject } from 'react';
import type { TemplateEditorReference, TemplateProblem } from '../../../main/api';
import { dataUriFold } from './data-uri-fold';
import { frontMatterHighlight } from './front-matter-highlight';
import { handlebarsHighlight } from './handlebars-highlight';
import { templateCompletion } from './template-completion';
import { diagnosticOf } from './template-lint';

/** Typing settles for this long before the text is checked. */
const CHECK_DELAY_MS = 300;

export interface TemplateEditorProps {
  /** The text the editor starts from; a new `session` replaces the text and its undo history. */
  text: string;
  session: string;
  readOnly: boolean;
  /** Kept open but not shown (the page-setup form is over it), so its text and undo history stay. */
  hidden?: boolean;
  reference: TemplateEditorReference | undefined;
  /** The problems in `text`, as saving would find them. */
  check(text: string): Promise<TemplateProblem[]>;
  onChange(text: string): void;
  onProblems(problems: TemplateProblem[]): void;
  onBlur(): void;
  onSave(): void;
  viewRef: RefObject<EditorView | null>;
}

/**
 * The template source in CodeMirror: HTML with Handlebars and the front matter marked, completion of the briefing's
 * fields, helpers and partials, and the checker's problems underlined where they are, before
 * anything is rendered.
 */
export function TemplateEditor(props: TemplateEditorProps) {
  const { session, readOnly, viewRef } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  // The editor lives across renders; it reads the newest callbacks through this ref.
  const latest = useRef(props);
  latest.current = props;
  const editable = useRef(new Compartment());

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    // Read as they are when the session starts: within a session the editor owns the text.
    const start = latest.current;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: start.text,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightSpecialChars(),
          drawSelection(),
          highlightActiveLine(),
          bracketMatching(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          history(),
          // Completion's keys come first: Enter picks a completion before it breaks the line.
          keymap.of([...completionKeymap, ...lintKeymap]),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          html(),
          handlebarsHighlight,
          frontMatterHighlight,
          dataUriFold,
          EditorView.lineWrapping,
          editable.current.of(EditorState.readOnly.of(start.readOnly)),
          autocompletion({ override: [templateCompletion(() => latest.current.reference)] }),
          lintGutter(),
          linter(
            async (editor) => {
              const checked = editor.state.doc;
              const problems = await latest.current.check(checked.toString());
              // A check that finished after more typing describes old text: the next one will report.
              if (editor.state.doc !== checked) return [];
              latest.current.onProblems(problems);
              return problems.map((problem) => diagnosticOf(checked, problem));
            },
            { delay: CHECK_DELAY_MS },
          ),
          keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (latest.current.onSave(), true) }]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
          EditorView.domEventHandlers({ blur: () => void latest.current.onBlur() }),
          EditorView.contentAttributes.of({ 'aria-label': 'Template source' }),
        ],
      }),
    });
    start.viewRef.current = view;
    return () => {
      view.destroy();
      start.viewRef.current = null;
    };
    // A new session is a new document; within a session the editor owns the text.
  }, [session]);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: editable.current.reconfigure(EditorState.readOnly.of(readOnly)) });
  }, [readOnly, viewRef]);

  return <div ref={hostRef} className="template-editor" hidden={props.hidden} />;
}
