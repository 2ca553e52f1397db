import { Annotation, EditorSelection, StateField, type ChangeSet, type EditorState, type Extension, type Transaction } from '@codemirror/state';
import { keymap, type Command } from '@codemirror/view';

/**
 * Undo and redo for the template editor. (@codemirror/commands, which has CodeMirror's own
 * history, is not among the installed packages; this keeps the same behaviour for the editor's
 * needs: typing within half a second is one step, and undoing restores the selection.)
 */

/** Edits closer together than this undo as one step. */
const GROUP_MS = 500;

interface Step {
  /** Applied to the document after the step, gives the document before it. */
  revert: ChangeSet;
  selection: EditorSelection;
  time: number;
}

interface History {
  done: readonly Step[];
  undone: readonly Step[];
}

const travel = Annotation.define<'undo' | 'redo'>();

function stepOf(transaction: Transaction): Step {
  return { revert: transaction.changes.invert(transaction.startState.doc), selection: transaction.startState.selection, time: Date.now() };
}

const history = StateField.define<History>({
  create: () => ({ done: [], undone: [] }),
  update(value, transaction) {
    const direction = transaction.annotation(travel);
    if (direction === 'undo') return { done: value.done.slice(0, -1), undone: [...value.undone, stepOf(transaction)] };
    if (direction === 'redo') return { done: [...value.done, stepOf(transaction)], undone: value.undone.slice(0, -1) };
    if (!transaction.docChanged) return value;
    const step = stepOf(transaction);
    const last = value.done.at(-1);
    const typing = transaction.isUserEvent('input') || transaction.isUserEvent('delete');
    if (last && typing && step.time - last.time < GROUP_MS) {
      const merged = { revert: step.revert.compose(last.revert), selection: last.selection, time: step.time };
      return { done: [...value.done.slice(0, -1), merged], undone: [] };
    }
    return { done: [...value.done, step], undone: [] };
  },
});

function move(direction: 'undo' | 'redo'): Command {
  return (view) => {
    const { done, undone } = view.state.field(history);
    const step = (direction === 'undo' ? done : undone).at(-1);
    if (!step) return false;
    view.dispatch({ changes: step.revert, selection: step.selection, annotations: travel.of(direction), scrollIntoView: true });
    return true;
  };
}

const selectAll: Command = (view) => {
  view.dispatch({ selection: EditorSelection.single(0, view.state.doc.length) });
  return true;
};

/** A new line indented like the one it breaks. */
const newlineKeepingIndent: Command = (view) => {
  view.dispatch(
    view.state.changeByRange((range) => {
      const indent = /^\s*/.exec(lineBefore(view.state, range.from))![0];
      const text = `\n${indent}`;
      return { changes: { from: range.from, to: range.to, insert: text }, range: EditorSelection.cursor(range.from + text.length) };
    }),
    { scrollIntoView: true, userEvent: 'input' },
  );
  return true;
};

function lineBefore(state: EditorState, at: number): string {
  const line = state.doc.lineAt(at);
  return state.sliceDoc(line.from, at);
}

export function editHistory(): Extension {
  return [
    history,
    keymap.of([
      { key: 'Mod-z', run: move('undo'), preventDefault: true },
      { key: 'Mod-Shift-z', run: move('redo'), preventDefault: true },
      { key: 'Mod-y', run: move('redo'), preventDefault: true },
      { key: 'Mod-a', run: selectAll },
      { key: 'Enter', run: newlineKeepingIndent },
    ]),
  ];
}
