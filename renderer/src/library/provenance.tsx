import { useLayoutEffect, useRef } from 'react';
import type { RecordItem, Source } from '../../../main/api';

/**
 * The whole source text with the record's passage marked and scrolled into view, so the analyst
 * can read it in context and check that the record says what the source says.
 */
export function Provenance({ record, source }: { record: RecordItem; source: Source }) {
  const textRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const { start, end } = record.location;

  useLayoutEffect(() => {
    const text = textRef.current;
    const mark = markRef.current;
    // Scroll only the text box (not the whole window) so the passage sits a third of the way down.
    if (text && mark) text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
  }, [record.id, start, end]);

  return (
    <section className="provenance" aria-label="Provenance">
      <header className="provenance-header">
        <h3 className="section-label">Provenance</h3>
        <span className="provenance-where">
          {record.section ? `${record.section} · ` : ''}characters {start.toLocaleString('en-GB')}–{end.toLocaleString('en-GB')}
        </span>
      </header>
      <div ref={textRef} className="provenance-text" tabIndex={0} aria-label={`Full text of ${source.title}`} lang={source.language}>
        {source.text.slice(0, start)}
        <mark ref={markRef}>{source.text.slice(start, end)}</mark>
        {source.text.slice(end)}
      </div>
    </section>
  );
}
