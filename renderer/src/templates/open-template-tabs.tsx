import { CloseIcon } from '../shared/icons';
import { isUnsaved } from './use-template-buffers';
import type { OpenDocument } from './use-template-document';

interface OpenTemplateTabsProps {
  docs: readonly OpenDocument[];
  activeId: string | undefined;
  onShow(id: string): void;
  onClose(id: string): void;
}

/** The templates open in the studio, each with its unsaved mark and a close button. */
export function OpenTemplateTabs({ docs, activeId, onShow, onClose }: OpenTemplateTabsProps) {
  if (docs.length === 0) return null;
  return (
    <div className="open-templates" role="tablist" aria-label="Open templates">
      {docs.map((doc) => {
        const { id, name } = doc.template;
        const unsaved = isUnsaved(doc);
        return (
          <span key={id} className={`open-template${id === activeId ? ' is-active' : ''}`}>
            <button type="button" role="tab" aria-selected={id === activeId} className="open-template-name" onClick={() => onShow(id)}>
              {name}
              {unsaved && <span className="dirty-dot" aria-label="(unsaved changes)" />}
            </button>
            <button type="button" className="icon-button open-template-close" aria-label={`Close ${name}`} title={`Close ${name}`} onClick={() => onClose(id)}>
              <CloseIcon />
            </button>
          </span>
        );
      })}
    </div>
  );
}
