import type { Briefing, LibraryOverview } from '../../../main/api';
import { plural } from '../shared/format';
import { sourceLabel } from '../shared/source-label';

interface SelectionRuleProps {
  selection: Briefing['selection'];
  overview: LibraryOverview;
  /** Whether the library is browsing by exactly the rule's filters. */
  libraryMatchesRule: boolean;
  onApplyRule(apply: boolean): void;
  onUseLibraryFilters(): void;
  onBrowseRule(): void;
}

/**
 * Which records the briefing holds, said plainly: its rule (the filters it keeps, or none) and how
 * many records were added by hand. The rule changes only from here or from the library's
 * "Use these filters" command, never by browsing.
 */
export function SelectionRule({ selection, overview, libraryMatchesRule, onApplyRule, onUseLibraryFilters, onBrowseRule }: SelectionRuleProps) {
  const parts = describeRule(selection, overview);
  return (
    <section className="selection-rule" aria-label="Which records the briefing holds">
      <p className="selection-rule-text" data-testid="briefing-rule">
        <strong>Rule:</strong>{' '}
        {selection.applyFilters ? (parts.length ? parts.join(' · ') : 'every record in the library') : <span className="muted">off — only records added by hand</span>}
        {selection.added.length > 0 && <span className="muted"> · {plural(selection.added.length, 'record')} added by hand</span>}
      </p>
      <div className="selection-rule-actions">
        <label className="switch">
          <input type="checkbox" role="switch" checked={selection.applyFilters} onChange={(event) => onApplyRule(event.target.checked)} />
          <span className="switch-track" aria-hidden="true" />
          <span className="switch-label">Apply rule</span>
        </label>
        <button type="button" className="button button-small" onClick={onBrowseRule}>
          Browse the rule in the library
        </button>
        <button type="button" className="button button-small" disabled={libraryMatchesRule && selection.applyFilters} onClick={onUseLibraryFilters}>
          Use the library’s filters
        </button>
      </div>
    </section>
  );
}

/** "Topics: Arms control, Cyber", "Sources: …", "Kinds: …", "Search: “liaison”" for the filters set. */
function describeRule(selection: Briefing['selection'], overview: LibraryOverview): string[] {
  const topics = new Map(overview.topics.map((t) => [t.id, t.label]));
  const sources = new Map(overview.sources.map((s) => [s.id, sourceLabel(s)]));
  const named = (label: string, ids: readonly string[], names: ReadonlyMap<string, string>) =>
    ids.length ? [`${label}: ${ids.map((id) => names.get(id) ?? id).join(', ')}`] : [];
  return [
    ...named('Topics', selection.topics, topics),
    ...named('Sources', selection.sources, sources),
    ...(selection.kinds.length ? [`Kinds: ${selection.kinds.join(', ')}`] : []),
    ...(selection.search.trim() ? [`Search: “${selection.search.trim()}”`] : []),
  ];
}
