import { plural } from '../shared/format';

/** More than this many found records are better made the rule than added one by one. */
export const MAX_ADDED_AT_ONCE = 500;

interface BriefingBarProps {
  /** How many records the filters find (undefined while searching). */
  found: number | undefined;
  /** Whether the library is filtered at all. */
  filtered: boolean;
  /** Whether these filters already are the briefing's rule. */
  isRule: boolean;
  onAddFound(): void;
  onUseAsRule(): void;
}

/**
 * Puts what the library shows into the briefing, on purpose: the records found, added by hand,
 * or the filters themselves as the briefing's rule. Browsing alone changes nothing.
 */
export function BriefingBar({ found, filtered, isRule, onAddFound, onUseAsRule }: BriefingBarProps) {
  const tooMany = found !== undefined && found > MAX_ADDED_AT_ONCE;
  return (
    <div className="briefing-bar" role="group" aria-label="Put in the briefing">
      <button
        type="button"
        className="button button-small"
        disabled={!found || tooMany}
        title={tooMany ? `More than ${MAX_ADDED_AT_ONCE} records: use the filters as the briefing's rule instead` : undefined}
        onClick={onAddFound}
      >
        {found ? `Add ${plural(found, 'record')} to briefing` : 'Add to briefing'}
      </button>
      <button type="button" className="button button-small" disabled={isRule} onClick={onUseAsRule}>
        {isRule ? 'These filters are the briefing’s rule' : filtered ? 'Use these filters as the briefing’s rule' : 'Make the whole library the rule'}
      </button>
    </div>
  );
}
