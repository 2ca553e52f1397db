import { useEffect, useState } from 'react';
import { plural } from '../shared/format';
import { LockIcon } from './lock-icon';
import type { OpenDocument, SaveStatus } from './use-template-document';

const modKey = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl+';

interface TemplateHeaderProps {
  doc: OpenDocument;
  status: SaveStatus | undefined;
  onRename(name: string): void;
  onSave(): void;
  onDuplicate(): void;
}

/** The open template's name (renamed in place), whether it is saved, and Save or Duplicate to edit. */
export function TemplateHeader({ doc, status, onRename, onSave, onDuplicate }: TemplateHeaderProps) {
  const { template } = doc;
  return (
    <header className="template-header">
      <div className="template-identity">
        {template.builtIn ? (
          <h2 className="template-title">
            {template.name}
            <span className="template-readonly">
              <LockIcon /> Built in, read-only
            </span>
          </h2>
        ) : (
          <NameField key={template.id} name={template.name} onRename={onRename} />
        )}
        <SaveState doc={doc} status={status} />
      </div>
      {template.builtIn ? (
        <button type="button" className="button button-primary" onClick={onDuplicate}>
          Duplicate to edit
        </button>
      ) : (
        <button type="button" className="button button-primary" onClick={onSave} title={`Save template (${modKey}S)`}>
          Save template
        </button>
      )}
    </header>
  );
}

/** The template's name as an input: Enter or leaving the field renames; Escape puts it back. */
function NameField({ name, onRename }: { name: string; onRename(name: string): void }) {
  const [value, setValue] = useState(name);
  useEffect(() => setValue(name), [name]);
  const commit = () => {
    const clean = value.trim();
    if (clean && clean !== name) onRename(clean);
    else setValue(name);
  };
  return (
    <input
      className="template-name-input"
      aria-label="Template name"
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') setValue(name);
      }}
    />
  );
}

function SaveState({ doc, status }: { doc: OpenDocument; status: SaveStatus | undefined }) {
  const time = (at: Date) => at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  if (status?.kind === 'refused') {
    const first = status.errors[0];
    return (
      <p className="template-save-state is-refused" role="alert">
        Not saved: {plural(status.errors.length, 'error')} to fix first
        {first && ` (line ${first.line}:${first.column}: ${first.message})`}. Your edit is kept as a draft.
      </p>
    );
  }
  const dirty = doc.text !== doc.savedText;
  let text = doc.template.builtIn ? 'Duplicate it to make a copy you can change.' : 'Saved';
  if (!doc.template.builtIn && dirty) text = status?.kind === 'draft' ? `Unsaved changes, draft kept at ${time(status.at)}` : 'Unsaved changes';
  else if (status?.kind === 'saved') text = `Saved at ${time(status.at)}`;
  return (
    <p className={`template-save-state${dirty ? ' is-dirty' : ''}`} role="status">
      {text}
    </p>
  );
}
