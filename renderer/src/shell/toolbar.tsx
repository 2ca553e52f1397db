import type { ReactNode } from 'react';
import { BookIcon, ExportIcon, NewIcon, OpenIcon, RedoIcon, SaveIcon, UndoIcon } from '../shared/icons';

export type View = 'library' | 'composer' | 'templates' | 'reading-room';

const VIEW_LABELS: Record<View, string> = { library: 'Library', composer: 'Composer', templates: 'Templates', 'reading-room': 'Reading room' };

interface ToolbarProps {
  title: string;
  dirty: boolean;
  view: View;
  onView(view: View): void;
  canUndo: boolean;
  canRedo: boolean;
  exporting: boolean;
  onNew(): void;
  onOpen(): void;
  onSave(): void;
  onUndo(): void;
  onRedo(): void;
  onExport(): void;
  onHelp(): void;
}

const modKey = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl+';

/** The window's toolbar: the briefing's name, the views, and the briefing commands. */
export function Toolbar(props: ToolbarProps) {
  const { view, onView } = props;
  return (
    <header className="toolbar">
      <div className="toolbar-identity">
        <span className="app-mark" aria-hidden="true">
          <BookIcon />
        </span>
        <div className="toolbar-title">
          <span className="app-name">Briefbook</span>
          <span className="briefing-name" title={props.title}>
            {props.title}
            {props.dirty && <span className="dirty-dot" aria-label="(unsaved changes)" />}
          </span>
        </div>
      </div>

      <div className="view-switch" role="tablist" aria-label="View">
        {(Object.keys(VIEW_LABELS) as View[]).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={view === name}
            aria-controls={name === 'reading-room' ? 'reading-room-view' : 'main-view'}
            className="view-tab"
            onClick={() => onView(name)}
          >
            {VIEW_LABELS[name]}
          </button>
        ))}
      </div>

      <div className="toolbar-actions">
        <ToolButton label="New briefing" shortcut={`${modKey}N`} onClick={props.onNew} icon={<NewIcon />} />
        <ToolButton label="Open…" shortcut={`${modKey}O`} onClick={props.onOpen} icon={<OpenIcon />} />
        {/* One Save per view: the template studio has its own, for the template. */}
        {view !== 'templates' && <ToolButton label="Save briefing" shortcut={`${modKey}S`} onClick={props.onSave} icon={<SaveIcon />} />}
        <span className="toolbar-separator" aria-hidden="true" />
        <ToolButton label="Undo" shortcut={`${modKey}Z`} onClick={props.onUndo} icon={<UndoIcon />} disabled={!props.canUndo} />
        <ToolButton label="Redo" shortcut={`Shift+${modKey}Z`} onClick={props.onRedo} icon={<RedoIcon />} disabled={!props.canRedo} />
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" className="button button-primary export-button" onClick={props.onExport} disabled={props.exporting}>
          <ExportIcon />
          Export PDF
        </button>
        <button type="button" className="icon-button tool-button help-button" aria-label="Help" title="Help: shortcuts and guides (F1)" onClick={props.onHelp}>
          ?
        </button>
      </div>
    </header>
  );
}

interface ToolButtonProps {
  label: string;
  shortcut: string;
  icon: ReactNode;
  onClick(): void;
  disabled?: boolean;
}

function ToolButton({ label, shortcut, icon, onClick, disabled }: ToolButtonProps) {
  return (
    <button type="button" className="icon-button tool-button" aria-label={label} title={`${label} (${shortcut})`} onClick={onClick} disabled={disabled}>
      {icon}
    </button>
  );
}
