import type { DragEvent, KeyboardEvent } from 'react';
import { KindBadge } from '../shared/kind-badge';
import { ArrowDownIcon, ArrowUpIcon, GripIcon, StarIcon } from '../shared/icons';
import type { BriefingItem } from './arrange';
import { COMPOSER_KEYS } from './composer-keys';
import { recordSourceLine } from './record-source-line';
import type { ModelRecord } from './composed-records';

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
  /** Marks the record key in the library, or not. */
  onKey(key: boolean): void;
  onNote(note: string): void;
  onDragStart(): void;
  onDragEnd(): void;
  /** Asks whether the dragged record may drop here; answers the side it would land on. */
  onDragOver(side: DropSide): boolean;
  onDrop(side: DropSide): void;
}

/**
 * One record in the composer: its print position, what it says, a key toggle, an include switch
 * and a note. Alt+↑/↓ moves it within its topic (it can also be dragged by its card); K marks it
 * key or not.
 */
export function ComposedRecordCard(props: ComposedRecordCardProps) {
  const { record, item, number, canMoveUp, canMoveDown, dropSide, dragging } = props;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    // Only the card itself: inside the note, Alt+arrows and K keep their text-editing meaning.
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey) return;
    if (event.altKey && event.key === 'ArrowUp' && canMoveUp) props.onMove(-1);
    else if (event.altKey && event.key === 'ArrowDown' && canMoveDown) props.onMove(1);
    else if (!event.altKey && !event.shiftKey && isToggleKey(event)) props.onKey(!record.key);
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
    record.key ? 'is-key' : '',
    dragging ? 'is-dragging' : '',
    dropSide ? `drop-${dropSide}` : '',
  ].filter(Boolean);

  return (
    <li
      className={classes.join(' ')}
      tabIndex={0}
      data-record-id={record.id}
      aria-label={`${number ? `Record ${number}` : 'Left out'}${record.key ? ', key' : ''}: ${record.summary}`}
      aria-keyshortcuts={Object.values(COMPOSER_KEYS).join(' ')}
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
        {record.key && <span className="tag tag-key">Key</span>}
        {record.unreviewed && (
          <span className="tag tag-unreviewed" title="Added by import without review: printed marked UNREVIEWED IMPORT">
            Not reviewed
          </span>
        )}
        {props.added && <span className="tag">Added by hand</span>}
        <span className="composed-record-actions">
          <button
            type="button"
            className="icon-button key-toggle"
            aria-label="Key record"
            aria-pressed={record.key}
            aria-keyshortcuts={COMPOSER_KEYS.toggleKey}
            title={`${record.key ? 'Key record: a one-page brief leads with it. Unmark' : 'Mark as a key record, one a one-page brief leads with'} (${COMPOSER_KEYS.toggleKey})`}
            onClick={() => props.onKey(!record.key)}
          >
            <StarIcon />
          </button>
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
      <p className="composed-record-source">{recordSourceLine(record)}</p>
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

/** K, by its letter or, on a Cyrillic or other layout where that key types another letter, by its place. */
function isToggleKey(event: Pick<KeyboardEvent, 'key' | 'code'>): boolean {
  return event.key.toUpperCase() === COMPOSER_KEYS.toggleKey || event.code === `Key${COMPOSER_KEYS.toggleKey}`;
}
