import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { RecordItem, SourceSummary } from '../../../main/api';
import { formatDate, plural } from '../shared/format';
import { KindBadge } from '../shared/kind-badge';
import { sourceLabel } from '../shared/source-label';
import { EmptyState } from '../shared/empty-state';
import type { RecordResults } from './use-record-results';

interface RecordListProps {
  results: RecordResults;
  sources: ReadonlyMap<string, SourceSummary>;
  /** Records the briefing holds, marked in the list. */
  inBriefing: ReadonlySet<string>;
  selectedId: string | undefined;
  onSelect(recordId: string): void;
  onClearFilters(): void;
  /** Commands for the list (New record), shown in its header. */
  actions?: ReactNode;
  /** Commands that put what the list shows into the briefing, under its header. */
  briefingActions?: ReactNode;
}

/**
 * The records the library's filters find, as a listbox: ↑/↓/Home/End move the selection, which the
 * detail pane shows. More records load as the end of the list scrolls into view.
 */
export function RecordList({ results, sources, inBriefing, selectedId, onSelect, onClearFilters, actions, briefingActions }: RecordListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const moreRef = useRef<HTMLLIElement>(null);
  const { records, total, hasMore, loadMore } = results;

  useEffect(() => {
    const list = listRef.current;
    const more = moreRef.current;
    if (!list || !more) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadMore(), {
      root: list,
      rootMargin: '0px 0px 200px 0px',
    });
    observer.observe(more);
    return () => observer.disconnect();
  }, [loadMore, hasMore]);

  useEffect(() => {
    if (selectedId) document.getElementById(optionId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent) => {
    const at = records.findIndex((r) => r.id === selectedId);
    const next = { ArrowDown: at + 1, ArrowUp: Math.max(0, at - 1), Home: 0, End: records.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const record = records[Math.min(next, records.length - 1)];
    if (record) onSelect(record.id);
    if (next >= records.length - 1) loadMore();
  };

  return (
    <section className="record-list-pane" aria-label="Matching records">
      <header className="pane-header">
        <h2 className="pane-title">Records</h2>
        <span className="record-count" role="status">
          {total === undefined ? 'Searching…' : plural(total, 'record')}
        </span>
        {actions}
      </header>
      {briefingActions}
      {total === 0 ? (
        <EmptyState title="No records match" action={{ label: 'Clear filters', onClick: onClearFilters }}>
          Choose fewer topics or sources, or shorten the search.
        </EmptyState>
      ) : (
        <ul
          ref={listRef}
          className="record-list"
          role="listbox"
          aria-label="Records"
          tabIndex={0}
          aria-activedescendant={selectedId ? optionId(selectedId) : undefined}
          onKeyDown={onKeyDown}
        >
          {records.map((record) => (
            <RecordRow
              key={record.id}
              record={record}
              source={sources.get(record.sourceId)}
              inBriefing={inBriefing.has(record.id)}
              selected={record.id === selectedId}
              onSelect={() => onSelect(record.id)}
            />
          ))}
          {hasMore && (
            <li ref={moreRef} className="record-list-more" aria-hidden="true">
              Loading more…
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

interface RecordRowProps {
  record: RecordItem;
  source: SourceSummary | undefined;
  inBriefing: boolean;
  selected: boolean;
  onSelect(): void;
}

/** One line per record, so a screen holds many: kind, summary, speaker; the source is in its tooltip. */
function RecordRow({ record, source, inBriefing, selected, onSelect }: RecordRowProps) {
  const from = [record.section, source ? `${sourceLabel(source)}, ${formatDate(source.date)}` : record.sourceId].filter(Boolean).join(' — ');
  return (
    <li
      id={optionId(record.id)}
      role="option"
      aria-selected={selected}
      className={`record-row${selected ? ' is-selected' : ''}${inBriefing ? ' is-in-briefing' : ''}`}
      title={`${record.summary}\n${record.speaker}\n${from}`}
      onClick={onSelect}
    >
      <KindBadge kind={record.kind} compact />
      <span className="record-row-summary">{record.summary}</span>
      <span className="record-row-speaker">{record.speaker}</span>
      {inBriefing && (
        <span className="record-row-in-briefing" role="img" aria-label="In briefing" title="In the briefing">
          ●
        </span>
      )}
    </li>
  );
}

function optionId(recordId: string): string {
  return `record-option-${recordId}`;
}
