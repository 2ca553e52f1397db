import { PreviewPaneIcon, SidebarIcon } from '../shared/icons';
import type { PaneToggle } from './use-pane-toggles';

/** Buttons that hide and show the filters and the preview, kept in the status bar so they stay reachable. */
export function PaneToggles({ sidebar, preview }: { sidebar: PaneToggle; preview: PaneToggle }) {
  return (
    <span className="pane-toggles">
      <button type="button" className="status-button" onClick={sidebar.toggle}>
        <SidebarIcon />
        {sidebar.collapsed ? 'Show filters' : 'Hide filters'}
      </button>
      <button type="button" className="status-button" onClick={preview.toggle}>
        <PreviewPaneIcon />
        {preview.collapsed ? 'Show preview' : 'Hide preview'}
      </button>
    </span>
  );
}
