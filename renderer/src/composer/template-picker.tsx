import type { TemplateListing } from '../../../main/api';

interface TemplatePickerProps {
  templateId: string;
  /** The templates listed (undefined while they load), and why they could not be. */
  templates?: TemplateListing[];
  failure?: string;
  onChange(templateId: string): void;
}

/** Which template the briefing prints with: a built-in one or one of the analyst's own. */
export function TemplatePicker({ templateId, templates, failure, onChange }: TemplatePickerProps) {
  const builtIns = templates?.filter((t) => t.builtIn) ?? [];
  const own = templates?.filter((t) => !t.builtIn) ?? [];
  // A briefing whose template was deleted still shows which one it asks for.
  const missing = templates && !templates.some((t) => t.id === templateId);

  return (
    <div className="field template-picker">
      <label htmlFor="briefing-template">Template</label>
      <select id="briefing-template" value={templateId} onChange={(event) => onChange(event.target.value)}>
        {(missing || !templates) && <option value={templateId}>{missing ? `${templateId} (not found)` : templateId}</option>}
        <optgroup label="Built in">
          {builtIns.map((t) => (
            <option key={t.id} value={t.id} title={t.description}>
              {t.name}
            </option>
          ))}
        </optgroup>
        {own.length > 0 && (
          <optgroup label="My templates">
            {own.map((t) => (
              <option key={t.id} value={t.id} disabled={Boolean(t.problem)} title={t.problem ?? t.description}>
                {t.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {failure && <p className="muted">Templates could not be listed: {failure}</p>}
    </div>
  );
}
