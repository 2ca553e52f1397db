import { useMemo, type ReactNode } from 'react';
import type { Briefing } from '../../../main/api';
import { EmptyState } from '../shared/empty-state';
import { plural } from '../shared/format';
import { arrange, itemsInOrder, updateItem } from './arrange';
import { BriefingFields } from './briefing-fields';
import { ComposedRecordList } from './composed-record-list';
import type { ComposedRecords } from './composed-records';
import { COMPOSER_KEYS } from './composer-keys';
import { UnreviewedRecords } from './unreviewed-records';
import { useRecordChanges } from './use-record-changes';
import './composer.css';

interface ComposerViewProps {
  briefing: Briefing;
  composed: ComposedRecords | undefined;
  onEdit(change: (briefing: Briefing) => Briefing, coalesceKey?: string): void;
  onShowLibrary(): void;
  /** Which records the briefing holds (its rule and records added by hand), above its records. */
  rule: ReactNode;
  /** Takes a record out of the briefing (added by hand or found by the rule). */
  onRemove(recordId: string): void;
  /** Shows a record in the library, its passage marked. */
  onOpenRecord(recordId: string): void;
}

/**
 * The memo being written: its title block, which records it holds and why, then those records in
 * print order, and apart from them the unreviewed imports its exports leave out.
 */
export function ComposerView({ briefing, composed, onEdit, onShowLibrary, rule, onRemove, onOpenRecord }: ComposerViewProps) {
  const added = useMemo(() => new Set(briefing.selection.added), [briefing.selection.added]);
  const sections = useMemo(() => (composed ? arrange(composed.defaultSections, briefing.items) : []), [composed, briefing.items]);
  const items = useMemo(() => new Map(briefing.items.map((item) => [item.recordId, item])), [briefing.items]);
  const arrangement = sections.map((section) => section.ids);
  const total = arrangement.flat().length;
  const included = arrangement.flat().filter((id) => items.get(id)?.included ?? true).length;
  const recordChanges = useRecordChanges();
  const includeUnreviewed = briefing.selection.includeUnreviewed ?? false;
  const unreviewedPrinted = composed ? [...composed.records.values()].filter((record) => record.unreviewed).length : 0;

  return (
    <div className="composer" aria-label="Composer">
      <BriefingFields briefing={briefing} onEdit={onEdit} />
      {rule}
      <header className="composer-records-header">
        <h2 className="section-heading">Records</h2>
        <span className="muted" role="status">
          {composed ? (included < total ? `${included} of ${plural(total, 'record')} included` : `${plural(total, 'record')} included`) : 'Composing…'}
          {composed?.leftOutUnreviewed.length ? ` · ${plural(composed.leftOutUnreviewed.length, 'unreviewed record')} left out` : ''}
        </span>
        <span className="composer-hint">
          Drag to reorder, or focus a record and press Alt+↑ / Alt+↓; {COMPOSER_KEYS.toggleKey} marks it key
        </span>
      </header>
      {composed && total === 0 ? (
        <EmptyState title="No records in this briefing" action={{ label: 'Choose records', onClick: onShowLibrary }}>
          Add records from the library, or use the library’s filters as the briefing’s rule.
        </EmptyState>
      ) : (
        composed && (
          <ComposedRecordList
            composed={composed}
            sections={sections}
            items={items}
            added={added}
            onRemove={onRemove}
            onReorder={(order) => onEdit((b) => ({ ...b, items: itemsInOrder(order, b.items) }))}
            onUpdate={(recordId, patch) =>
              onEdit((b) => ({ ...b, items: updateItem(arrangement, b.items, recordId, patch) }), patch.note === undefined ? undefined : `note:${recordId}`)
            }
            onKey={recordChanges.setKey}
          />
        )
      )}
      {composed && (
        <UnreviewedRecords
          leftOut={composed.leftOutUnreviewed}
          printed={unreviewedPrinted}
          included={includeUnreviewed}
          onInclude={(include) => onEdit((b) => ({ ...b, selection: withUnreviewed(b.selection, include) }))}
          onOpen={onOpenRecord}
          onReviewed={recordChanges.markReviewed}
        />
      )}
    </div>
  );
}

/** The selection with unreviewed imports printed or not; "not" is left unsaid, as new briefings say it. */
function withUnreviewed(selection: Briefing['selection'], include: boolean): Briefing['selection'] {
  const rest = { ...selection };
  delete rest.includeUnreviewed;
  return include ? { ...rest, includeUnreviewed: true } : rest;
}
