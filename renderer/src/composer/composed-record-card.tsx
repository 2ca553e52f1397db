import type { DragEvent, KeyboardEvent } from 'react';
import { formatDate } from '../shared/format';
import { KindBadge } from '../shared/kind-badge';
import { sourceLabel } from '../shared/source-label';
import { ArrowDownIcon, ArrowUpIcon, GripIcon } from '../shared/icons';
import type { BriefingItem } from './arrange';
import type { ModelRecord } from './use-composed-records';

export type DropSide = 'before' | 'after';

interface ComposedRecordCardProps {
  record: ModelRecord;
  item: BriefingItem;
  /** Position among the included records, as printed; undefined when left out. */
  number: number | undefined;
  /** Added by hand: it can be removed, not only left out. */
  added: boolean;
  onRemove(): void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  dropSide: DropSide | undefined;
  dragging: boolean;
  onMove(delta: -1 | 1): void;
  onInclude(included: boolean): void;
  onNote(note: string): void;
  onDragStart(): void;
  onDragEnd(): void;
  /** Asks whether the dragged record may drop here; answers the side it would land on. */
  onDragOver(side: DropSide): boolean;
  onDrop(side: DropSide): void;
}

/**
 * One record in the composer: its print position, what it says, an include switch and a note.
 * Alt+↑/↓ moves it within its topic; it can also be dragged by its card.
 */
export function ComposedRecordCard(props: ComposedRecordCardProps) {
  const { record, item, number, canMoveUp, canMoveDown, dropSide, dragging } = props;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    // Only the card itself: inside the note, Alt+arrows keep their text-editing meaning.
    if (event.target !== event.currentTarget || !event.altKey) return;
    if (event.key === 'ArrowUp' && canMoveUp) props.onMove(-1);
    else if (event.key === 'ArrowDown' && canMoveDown) props.onMove(1);
    else return;
    event.preventDefault();
  };

  const sideOf = (event: DragEvent<HTMLLIElement>): DropSide => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };

  const classes = [
    'composed-record',
    item.included ? '' : 'is-excluded',
    dragging ? 'is-dragging' : '',
    dropSide ? `drop-${dropSide}` : '',
  ].filter(Boolean);

  return (
    <li
      className={classes.join(' ')}
      tabIndex={0}
      data-record-id={record.id}
      aria-label={`${number ? `Record ${number}` : 'Left out'}: ${record.summary}`}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      draggable
      onKeyDown={onKeyDown}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', record.summary);
        props.onDragStart();
      }}
      onDragEnd={props.onDragEnd}
      onDragOver={(event) => {
        if (!props.onDragOver(sideOf(event))) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={(event) => {
        event.preventDefault();
        props.onDrop(sideOf(event));
      }}
    >
      <div className="composed-record-head">
        <span className="grip" aria-hidden="true">
          <GripIcon />
        </span>
        <span className="composed-record-number" aria-hidden="true">
          {number ?? '–'}
        </span>
        <KindBadge kind={record.kind} />
        <span className="composed-record-speaker">{record.speaker}</span>
        {props.added && <span className="tag">Added by hand</span>}
        <span className="composed-record-actions">
          <button type="button" className="icon-button" aria-label="Move up" disabled={!canMoveUp} onClick={() => props.onMove(-1)}>
            <ArrowUpIcon />
          </button>
          <button type="button" className="icon-button" aria-label="Move down" disabled={!canMoveDown} onClick={() => props.onMove(1)}>
            <ArrowDownIcon />
          </button>
          <label className="switch">
            <input type="checkbox" role="switch" checked={item.included} onChange={(event) => props.onInclude(event.target.checked)} />
            <span className="switch-track" aria-hidden="true" />
            <span className="switch-label">Include</span>
          </label>
          {props.added && (
            <button type="button" className="button button-small" aria-label={`Remove from briefing: ${record.summary}`} onClick={props.onRemove}>
              Remove
            </button>
          )}
        </span>
      </div>
      <p className="composed-record-summary">{record.summary}</p>
      <p className="composed-record-source">
        {sourceLabel(record.source)}, {formatDate(record.source.date)}
        {record.section ? ` · ${record.section}` : ''}
      </p>
      <textarea
        className="note-input"
        rows={1}
        aria-label={`Note on: ${record.summary}`}
        placeholder="Add a note for the reader…"
        value={item.note}
        onChange={(event) => props.onNote(event.target.value)}
      />
    </li>
  );
}
