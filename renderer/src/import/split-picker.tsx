import { useRef, useState } from 'react';

interface SplitPickerProps {
  statement: string;
  language: string;
  onSplit(at: number): void;
  onCancel(): void;
}

/**
 * Chooses where to cut a candidate in two: a click in its text sets the point, moved back to
 * the start of the word clicked, so no word is cut in half.
 */
export function SplitPicker({ statement, language, onSplit, onCancel }: SplitPickerProps) {
  const textRef = useRef<HTMLParagraphElement>(null);
  const [at, setAt] = useState<number>();

  const choose = () => {
    const box = textRef.current;
    const selection = window.getSelection();
    if (!box || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!box.contains(range.startContainer)) return;
    const before = document.createRange();
    before.selectNodeContents(box);
    before.setEnd(range.startContainer, range.startOffset);
    const point = wordStart(statement, before.toString().length);
    setAt(point > 0 && point < statement.length ? point : undefined);
  };

  return (
    <div className="split-picker" role="group" aria-label="Split candidate">
      <p className="split-hint">Click in the passage where the first part should end.</p>
      <p ref={textRef} className="split-text" lang={language} onMouseUp={choose} onKeyUp={choose} tabIndex={0}>
        {at === undefined ? (
          statement
        ) : (
          <>
            {statement.slice(0, at)}
            <span className="split-point" aria-label="Split point" />
            {statement.slice(at)}
          </>
        )}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={at === undefined} onClick={() => at !== undefined && onSplit(at)}>
          Split here
        </button>
      </div>
    </div>
  );
}

/** `at`, moved back to the start of the word it falls in. */
function wordStart(text: string, at: number): number {
  let point = at;
  while (point > 0 && /[\p{L}\p{N}'’-]/u.test(text[point - 1]!) && /[\p{L}\p{N}'’-]/u.test(text[point] ?? ' ')) point--;
  return point;
}
