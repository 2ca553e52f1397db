import type { Briefing } from '../../../main/api';
import type { Paper } from '../../../main/api';
import { MarkingField } from './marking-field';
import { PaperField } from './paper-field';
import { TemplatePicker } from './template-picker';
import { useTemplateListings } from './use-template-listings';

type TextField = 'title' | 'subject' | 'to' | 'from' | 'date' | 'bluf';

interface BriefingFieldsProps {
  briefing: Briefing;
  onEdit(change: (briefing: Briefing) => Briefing, coalesceKey?: string): void;
}

/** The memo's title block: title, subject, to/from, date, handling marking and bottom line up front; and whether the PDF is archival. */
export function BriefingFields({ briefing, onEdit }: BriefingFieldsProps) {
  const { templates, failure } = useTemplateListings();
  // Typing in one field is one undo step per pause, not one per keystroke.
  const set = (field: TextField) => (event: { target: { value: string } }) =>
    onEdit((b) => ({ ...b, [field]: event.target.value }), `field:${field}`);

  return (
    <section className="briefing-fields" aria-label="Memo details">
      <div className="field field-wide">
        <label htmlFor="briefing-title">Title</label>
        <input id="briefing-title" className="title-input" type="text" value={briefing.title} onChange={set('title')} required />
      </div>
      <div className="field field-wide">
        <label htmlFor="briefing-subject">Subject</label>
        <input id="briefing-subject" type="text" value={briefing.subject} onChange={set('subject')} />
      </div>
      <div className="field">
        <label htmlFor="briefing-to">To</label>
        <input id="briefing-to" type="text" value={briefing.to} onChange={set('to')} />
      </div>
      <div className="field">
        <label htmlFor="briefing-from">From</label>
        <input id="briefing-from" type="text" value={briefing.from} onChange={set('from')} />
      </div>
      <div className="field">
        <label htmlFor="briefing-date">Date</label>
        <input id="briefing-date" type="date" value={briefing.date} onChange={set('date')} required />
      </div>
      <MarkingField value={briefing.marking} onChange={(marking, key) => onEdit((b) => ({ ...b, marking }), key)} />
      <TemplatePicker templateId={briefing.templateId} templates={templates} failure={failure} onChange={(templateId) => onEdit((b) => ({ ...b, templateId }))} />
      <div className="field">
        <label htmlFor="briefing-pdfa">
          <input id="briefing-pdfa" type="checkbox" checked={briefing.pdfa} onChange={(event) => onEdit((b) => ({ ...b, pdfa: event.target.checked }))} /> Archival PDF
          (PDF/A-2b)
        </label>
      </div>
      <PaperField
        paper={briefing.paper}
        template={templates?.find((t) => t.id === briefing.templateId)}
        onChange={(paper) => onEdit((b) => withPaper(b, paper))}
      />
      <div className="field">
        <label htmlFor="briefing-omit-author">
          <input
            id="briefing-omit-author"
            type="checkbox"
            checked={briefing.omitAuthor ?? false}
            onChange={(event) => onEdit((b) => ({ ...b, omitAuthor: event.target.checked }))}
          />{' '}
          Leave the author out of the PDF’s metadata
        </label>
      </div>
      <div className="field field-wide">
        <label htmlFor="briefing-bluf">Bottom line up front</label>
        <textarea
          id="briefing-bluf"
          rows={3}
          value={briefing.bluf}
          onChange={set('bluf')}
          placeholder="The one thing the reader must take away. Left empty, the memo states what it covers."
        />
        {!briefing.bluf.trim() && (
          <p className="field-hint" role="note">
            No bottom line written: the exported memo will print Briefbook’s factual summary of the selection, not yours.
          </p>
        )}
      </div>
    </section>
  );
}

/** The briefing with `paper` picked for it, or with no paper of its own (the template's applies). */
function withPaper(briefing: Briefing, paper: Paper | undefined): Briefing {
  const rest = { ...briefing };
  delete rest.paper;
  return paper ? { ...rest, paper } : rest;
}
