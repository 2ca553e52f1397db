import { useLayoutEffect, useRef, useState } from 'react';
import { plural } from '../shared/format';
import { moveRecord, placeRecord, sameSection, type Arrangement, type BriefingItem, type SectionIds } from './arrange';
import { ComposedRecordCard, type DropSide } from './composed-record-card';
import type { ComposedRecords, ModelRecord } from './composed-records';

interface ComposedRecordListProps {
  composed: ComposedRecords;
  sections: readonly SectionIds[];
  items: ReadonlyMap<string, BriefingItem>;
  /** Records added by hand (rather than found by the rule). */
  added: ReadonlySet<string>;
  onRemove(recordId: string): void;
  onReorder(order: string[]): void;
  onUpdate(recordId: string, patch: Partial<Pick<BriefingItem, 'included' | 'note'>>): void;
  onKey(record: ModelRecord, key: boolean): void;
}

/** The briefing's records grouped by topic, in print order, to reorder, include or leave out, mark key, and annotate. */
export function ComposedRecordList({ composed, sections, items, added, onRemove, onReorder, onUpdate, onKey }: ComposedRecordListProps) {
  const arrangement: Arrangement = sections.map((section) => section.ids);
  const [dragged, setDragged] = useState<string>();
  const [dropTarget, setDropTarget] = useState<{ id: string; side: DropSide }>();
  // Reordering moves DOM nodes, which drops focus; the moved card takes it back.
  const refocus = useRef<string>(undefined);
  const listRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (!refocus.current) return;
    listRef.current?.querySelector<HTMLElement>(`[data-record-id="${refocus.current}"]`)?.focus();
    refocus.current = undefined;
  });

  const move = (id: string, delta: -1 | 1) => {
    const order = moveRecord(arrangement, id, delta);
    if (!order) return;
    refocus.current = id;
    onReorder(order);
  };

  let printed = 0;
  return (
    <div ref={listRef} className="composed-sections">
      {sections.map((section) => {
        const topic = composed.topics.get(section.topicId);
        return (
          <section key={section.topicId} className="composed-section" aria-label={topic?.label ?? section.topicId}>
            <h3 className="composed-section-title">
              {topic?.label ?? section.topicId}
              <span className="composed-section-count">{plural(section.ids.length, 'record')}</span>
            </h3>
            <ol className="composed-records">
              {section.ids.map((id, index) => {
                const record = composed.records.get(id);
                if (!record) return null;
                const item = items.get(id) ?? { recordId: id, included: true, note: '' };
                const number = item.included ? ++printed : undefined;
                return (
                  <ComposedRecordCard
                    key={id}
                    record={record}
                    item={item}
                    number={number}
                    added={added.has(id)}
                    onRemove={() => onRemove(id)}
                    canMoveUp={index > 0}
                    canMoveDown={index < section.ids.length - 1}
                    dragging={dragged === id}
                    dropSide={dropTarget?.id === id ? dropTarget.side : undefined}
                    onMove={(delta) => move(id, delta)}
                    onInclude={(included) => onUpdate(id, { included })}
                    onKey={(key) => onKey(record, key)}
                    onNote={(note) => onUpdate(id, { note })}
                    onDragStart={() => setDragged(id)}
                    onDragEnd={() => {
                      setDragged(undefined);
                      setDropTarget(undefined);
                    }}
                    onDragOver={(side) => {
                      if (!dragged || dragged === id || !sameSection(arrangement, dragged, id)) return false;
                      if (dropTarget?.id !== id || dropTarget.side !== side) setDropTarget({ id, side });
                      return true;
                    }}
                    onDrop={(side) => {
                      const order = dragged ? placeRecord(arrangement, dragged, id, side) : undefined;
                      setDragged(undefined);
                      setDropTarget(undefined);
                      if (order) onReorder(order);
                    }}
                  />
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
