import { useId, type KeyboardEvent } from 'react';

export interface FacetOption {
  id: string;
  label: string;
  /** A second, quieter line (e.g. a source's date and dialogue). */
  detail?: string;
  /** Full description for the tooltip. */
  title?: string;
  /** Records this option would match given the other filters. */
  count: number;
}

interface FacetListProps {
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}

/**
 * A multi-select list of checkboxes. Tab enters the list, ↑/↓/Home/End move between options,
 * Space toggles: the keyboard model of a listbox on top of native, labelled checkboxes.
 */
export function FacetList({ legend, options, selected, onChange }: FacetListProps) {
  const headingId = useId();
  const chosen = new Set(selected);
  const toggle = (id: string) =>
    onChange(chosen.has(id) ? selected.filter((s) => s !== id) : options.filter((o) => o.id === id || chosen.has(o.id)).map((o) => o.id));

  return (
    <div className="facet" role="group" aria-labelledby={headingId}>
      <div className="facet-header">
        <h3 id={headingId} className="facet-heading">
          {legend}
        </h3>
        {chosen.size > 0 && (
          <>
            <span className="facet-chosen">{chosen.size} chosen</span>
            <button type="button" className="link-button facet-clear" onClick={() => onChange([])} aria-label={`Clear ${legend.toLowerCase()}`}>
              Clear
            </button>
          </>
        )}
      </div>
      <ul className="facet-options" onKeyDown={moveFocus}>
        {options.map((option) => (
          <li key={option.id}>
            <label className={`facet-option${option.count === 0 ? ' is-empty' : ''}`} title={option.title}>
              <input type="checkbox" checked={chosen.has(option.id)} onChange={() => toggle(option.id)} />
              <span className="facet-text">
                <span className="facet-label">{option.label}</span>
                {option.detail && <span className="facet-detail">{option.detail}</span>}
              </span>
              <span className="facet-count" aria-label={`${option.count} records`}>
                {option.count}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const at = boxes.indexOf(event.target as HTMLInputElement);
  if (at < 0) return;
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: boxes.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  boxes[Math.max(0, Math.min(boxes.length - 1, next))]?.focus();
}
