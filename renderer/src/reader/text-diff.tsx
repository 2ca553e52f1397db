import type { TextDiffPart } from '../../../main/api';

/**
 * Old text to new in one run: removed words struck through, added words underlined, the rest as
 * it reads now. Screen readers hear "removed"/"added" from the stylesheet (reader.css).
 */
export function TextDiff({ parts }: { parts: readonly TextDiffPart[] }) {
  return (
    <span className="text-diff">
      {parts.map((part, index) =>
        part.change === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : part.change === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
