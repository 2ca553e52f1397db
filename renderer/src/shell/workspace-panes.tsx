import type { ReactNode } from 'react';
import { Panel, PanelGroup } from 'react-resizable-panels';
import { ResizeHandle } from '../shared/resize-handle';
import type { PaneToggle } from './use-pane-toggles';

interface WorkspacePanesProps {
  sidebar: ReactNode;
  main: ReactNode;
  preview: ReactNode;
  sidebarToggle: PaneToggle;
  previewToggle: PaneToggle;
}

/**
 * Filters | library or composer | preview, side by side: each border can be dragged, the outer
 * two panes collapse, and the sizes are remembered across sessions (in the window's storage).
 * Sizes are shares of the window's width, so the layout fits any window size.
 */
export function WorkspacePanes({ sidebar, main, preview, sidebarToggle, previewToggle }: WorkspacePanesProps) {
  return (
    <PanelGroup direction="horizontal" autoSaveId="briefbook.workspace" className="workspace-panes">
      <CollapsiblePane id="sidebar" order={1} toggle={sidebarToggle} minSize={12} defaultSize={18}>
        {sidebar}
      </CollapsiblePane>
      <ResizeHandle />
      <Panel id="main" order={2} minSize={30} defaultSize={50} className="pane-slot">
        {main}
      </Panel>
      <ResizeHandle />
      <CollapsiblePane id="preview" order={3} toggle={previewToggle} minSize={16} defaultSize={32}>
        {preview}
      </CollapsiblePane>
    </PanelGroup>
  );
}

interface CollapsiblePaneProps {
  id: string;
  order: number;
  toggle: PaneToggle;
  /** Percent of the window's width. */
  minSize: number;
  defaultSize: number;
  children: ReactNode;
}

/** A pane that folds away entirely, reporting it to its toggle (dragging it shut counts too). */
function CollapsiblePane({ id, order, toggle, minSize, defaultSize, children }: CollapsiblePaneProps) {
  return (
    <Panel
      id={id}
      order={order}
      ref={toggle.ref}
      collapsible
      collapsedSize={0}
      minSize={minSize}
      defaultSize={defaultSize}
      onCollapse={() => toggle.onCollapsedChange(true)}
      onExpand={() => toggle.onCollapsedChange(false)}
      className="pane-slot"
    >
      {children}
    </Panel>
  );
}
