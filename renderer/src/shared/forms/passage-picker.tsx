import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Source } from '../../../../main/api';
import { trimLocation } from '../../../../main/core/editing/locate-passage';

/** A place in the source text, `[start, end)`. */
export interface Passage {
  start: number;
  end: number;
}

interface PassagePickerProps {
  source: Pick<Source, 'title' | 'text' | 'language'>;
  /** The passage the record has now; marked in the text. */
  passage: Passage | undefined;
  /** Called with the passage the analyst selected (whitespace at its edges left out). */
  onPick(passage: Passage): void;
  /** Other passages to show, more quietly (e.g. the other candidates of an import), shaded by `tone`. */
  others?: readonly (Passage & { tone?: string })[];
}

/**
 * The whole source text, where the analyst chooses a record's passage by selecting it: the
 * selection becomes the record's exact location, so its words are the source's words.
 */
export function PassagePicker({ source, passage, onPick, others = [] }: PassagePickerProps) {
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Passage>();

  // Scrolls the marked passage into view, a third of the way down, when it moves.
  useLayoutEffect(() => {
    const box = textRef.current;
    const mark = box?.querySelector<HTMLElement>('mark.is-current');
    if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }, [passage?.start, passage?.end]);

  useEffect(() => {
    const onSelection = () => setSelected(selectionIn(textRef.current, source.text));
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [source.text]);

  const use = () => {
    if (!selected) return;
    onPick(selected);
    window.getSelection()?.removeAllRanges();
  };

  return (
    <section className="passage-picker" aria-label="Source text">
      <header className="passage-picker-header">
        <h3 className="section-label">Source text</h3>
        <span className="passage-picker-hint">
          {selected ? `${(selected.end - selected.start).toLocaleString('en-GB')} characters selected` : 'Select the passage in the text'}
        </span>
        <button type="button" className="button button-small" onClick={use} disabled={!selected}>
          Use selection
        </button>
      </header>
      <div ref={textRef} className="provenance-text passage-text" tabIndex={0} aria-label={`Full text of ${source.title}`} lang={source.language}>
        {highlight(source.text, passage, others)}
      </div>
    </section>
  );
}

/** The text as runs, the current passage and the other passages marked. */
function highlight(text: string, passage: Passage | undefined, others: readonly (Passage & { tone?: string })[]) {
  const marks = [
    ...others.filter((o) => !passage || o.end <= passage.start || o.start >= passage.end).map((o) => ({ ...o, current: false })),
    ...(passage ? [{ ...passage, current: true, tone: undefined }] : []),
  ].sort((a, b) => a.start - b.start);
  const runs: ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    runs.push(text.slice(at, mark.start));
    runs.push(
      <mark key={`${mark.start}-${mark.end}`} className={mark.current ? 'is-current' : `is-other${mark.tone ? ` tone-${mark.tone}` : ''}`}>
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  runs.push(text.slice(at));
  return runs;
}

/** The selection, when it lies inside `box`, as offsets into `text`. */
function selectionIn(box: HTMLElement | null, text: string): Passage | undefined {
  const selection = window.getSelection();
  if (!box || !selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return undefined;
  return trimLocation(text, offsetIn(box, range.startContainer, range.startOffset), offsetIn(box, range.endContainer, range.endOffset));
}

/** Characters of `box`'s text before a point in it: the text is rendered as is, so this is the offset into the source text. */
function offsetIn(box: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(box);
  before.setEnd(node, offset);
  return before.toString().length;
}
