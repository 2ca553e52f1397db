import { useState, type ReactNode } from 'react';
import type { TemplateListing, TrashedTemplate } from '../../../main/api';
import { LockIcon } from './lock-icon';

interface TemplateListProps {
  templates: TemplateListing[] | undefined;
  trash: TrashedTemplate[];
  selectedId: string | undefined;
  /** The template just deleted, offered back until another change. */
  deleted: TrashedTemplate | undefined;
  onOpen(id: string): void;
  onNew(from: string): void;
  onDuplicate(id: string): void;
  onDelete(id: string): void;
  onRestore(trashId: string): void;
  onImport(): void;
  onExport(id: string): void;
}

/** The template list: built-ins (read-only) and the analyst's own, with the commands on them. */
export function TemplateList(props: TemplateListProps) {
  const { templates, selectedId } = props;
  const builtIns = templates?.filter((t) => t.builtIn) ?? [];
  const own = templates?.filter((t) => !t.builtIn) ?? [];
  const selected = templates?.find((t) => t.id === selectedId);
  const [newFrom, setNewFrom] = useState('memo');

  return (
    <nav className="template-list" aria-label="Templates">
      <div className="template-list-scroller">
        <TemplateGroup title="Built in" templates={builtIns} selectedId={selectedId} onOpen={props.onOpen} />
        <TemplateGroup title="My templates" templates={own} selectedId={selectedId} onOpen={props.onOpen}>
          {templates && own.length === 0 && <p className="template-list-empty muted">None yet: duplicate a built-in template to make one of your own.</p>}
        </TemplateGroup>
        {props.deleted && (
          <div className="template-deleted" role="status">
            <span>Deleted “{props.deleted.name}”.</span>
            <button type="button" className="link-button" onClick={() => props.onRestore(props.deleted!.trashId)}>
              Undo
            </button>
          </div>
        )}
        {props.trash.length > 0 && (
          <details className="template-trash">
            <summary className="section-label">Trash ({props.trash.length})</summary>
            <ul>
              {props.trash.map((item) => (
                <li key={item.trashId}>
                  <span className="template-trash-name">{item.name}</span>
                  <button type="button" className="link-button" onClick={() => props.onRestore(item.trashId)}>
                    Restore
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>

      <div className="template-commands">
        <div className="template-new">
          <label htmlFor="new-template-from">New from</label>
          <select id="new-template-from" value={newFrom} onChange={(event) => setNewFrom(event.target.value)}>
            {builtIns.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => props.onNew(newFrom)}>
            Create
          </button>
        </div>
        <div className="template-command-row">
          <button type="button" className="button" disabled={!selected} onClick={() => selected && props.onDuplicate(selected.id)}>
            Duplicate
          </button>
          <button type="button" className="button" disabled={!selected || selected.builtIn} onClick={() => selected && props.onDelete(selected.id)}>
            Delete
          </button>
        </div>
        <div className="template-command-row">
          <button type="button" className="button" onClick={props.onImport}>
            Import…
          </button>
          <button type="button" className="button" disabled={!selected} onClick={() => selected && props.onExport(selected.id)}>
            Export…
          </button>
        </div>
      </div>
    </nav>
  );
}

interface TemplateGroupProps {
  title: string;
  templates: TemplateListing[];
  selectedId: string | undefined;
  onOpen(id: string): void;
  children?: ReactNode;
}

function TemplateGroup({ title, templates, selectedId, onOpen, children }: TemplateGroupProps) {
  return (
    <section className="template-group">
      <h3 className="section-label">{title}</h3>
      <ul>
        {templates.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className="template-choice"
              aria-current={t.id === selectedId ? 'true' : undefined}
              title={t.problem ?? t.description}
              onClick={() => onOpen(t.id)}
            >
              <span className="template-choice-name">{t.name}</span>
              {t.builtIn && (
                <span className="template-lock" aria-label="(read-only)">
                  <LockIcon />
                </span>
              )}
              {t.hasDraft && <span className="template-badge">draft</span>}
              {t.problem && <span className="template-badge template-badge-error">error</span>}
            </button>
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
