import type { TemplateEditorReference } from '../../../main/api';

type FieldType = TemplateEditorReference['shapes'][keyof TemplateEditorReference['shapes']]['fields'][string]['type'];

function typeName(type: FieldType): string {
  if (type.kind === 'object') return type.shape;
  if (type.kind === 'list') return `list of ${typeName(type.of)}`;
  return type.kind;
}

/**
 * What a template can use, from the same data as docs/templates.md: the briefing's fields by
 * shape, the helpers with an example each, and the partials. Collapsed until asked for.
 */
export function ReferencePanel({ reference }: { reference: TemplateEditorReference | undefined }) {
  return (
    <details className="reference-panel">
      <summary className="section-label">Reference: fields, helpers, partials</summary>
      {reference ? (
        <div className="reference-body">
          {Object.entries(reference.shapes).map(([name, shape]) => (
            <section key={name} className="reference-shape">
              <h4>
                {name}
                {name === reference.root && <span className="muted"> (top level)</span>}
              </h4>
              <p className="muted">{shape.summary}</p>
              <dl>
                {Object.entries(shape.fields).map(([field, spec]) => (
                  <div key={field} className="reference-entry">
                    <dt>
                      <code>{field}</code> <span className="reference-type">{typeName(spec.type)}</span>
                    </dt>
                    <dd>{spec.summary}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <section className="reference-shape">
            <h4>Helpers</h4>
            <dl>
              {reference.helpers.map((helper) => (
                <div key={helper.name} className="reference-entry">
                  <dt>
                    <code>{helper.usage}</code>
                  </dt>
                  <dd>
                    {helper.summary} <span className="muted">e.g. {helper.example.call} → {helper.example.output}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="reference-shape">
            <h4>Partials</h4>
            <p>
              {reference.partials.map((name) => (
                <code key={name} className="reference-partial">{`{{> ${name}}}`}</code>
              ))}
            </p>
          </section>
        </div>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </details>
  );
}
