import { useState, type FormEvent } from 'react';
import type { LibraryOverview, Topic } from '../../../main/api';
import { TopicFields } from '../../../main/core/editing/forms';
import { call } from '../api';
import { ErrorMessage } from '../shared/error-message';
import { plural } from '../shared/format';
import { ModalDialog } from '../shared/modal-dialog';
import { Field } from '../shared/forms/field';
import { ProblemBanner, type Problem } from '../shared/problem-banner';
import { problemsFromFailure, problemsFromZod, type FormProblems } from '../shared/forms/field-errors';
import { useLibraryChanged } from '../shared/library-revision';
import type { LibraryEdits } from './use-library-edits';

type OverviewTopic = LibraryOverview['topics'][number];

interface TopicsDialogProps {
  open: boolean;
  topics: LibraryOverview['topics'];
  edits: Pick<LibraryEdits, 'mergeTopics' | 'deleteTopic'>;
  onClose(): void;
  problem: Problem | undefined;
  onDismissProblem(): void;
}

/** What one row is doing: showing, being renamed, or choosing a topic to merge into. */
type RowMode = { topicId: string; action: 'rename' | 'merge' } | undefined;

/**
 * The taxonomy: add a topic, rename one, merge one into another (its records follow), or delete
 * one no record carries. A topic in use is deleted by merging it, so no record loses its topic.
 */
export function TopicsDialog({ open, topics, edits, onClose, problem, onDismissProblem }: TopicsDialogProps) {
  const [row, setRow] = useState<RowMode>();
  const close = () => {
    setRow(undefined);
    onClose();
  };
  return (
    <ModalDialog
      title="Topics"
      open={open}
      onClose={close}
      className="manage-dialog topics-dialog"
      closeButton={{ label: 'Done', primary: true }}
    >
      <ProblemBanner problem={problem} onDismiss={onDismissProblem} />
      <NewTopicForm />
      <ul className="manage-list" aria-label="Topics">
        {topics.map((topic) => (
          <li key={topic.id} className="manage-row" aria-label={topic.label}>
            {row?.topicId === topic.id && row.action === 'rename' ? (
              <RenameTopicForm topic={topic} onDone={() => setRow(undefined)} />
            ) : (
              <>
                <div className="manage-row-text">
                  <span className="manage-row-title">{topic.label}</span>
                  <span className="manage-row-detail">{[plural(topic.records, 'record'), topic.description].filter(Boolean).join(' · ')}</span>
                </div>
                <div className="manage-row-actions">
                  <button type="button" className="button button-small" onClick={() => setRow({ topicId: topic.id, action: 'rename' })}>
                    Rename
                  </button>
                  <button type="button" className="button button-small" onClick={() => setRow({ topicId: topic.id, action: 'merge' })}>
                    Merge…
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    title={topic.records ? 'Records carry this topic: merge it into another to delete it' : undefined}
                    onClick={() => (topic.records ? setRow({ topicId: topic.id, action: 'merge' }) : void edits.deleteTopic(topic))}
                  >
                    Delete
                  </button>
                </div>
              </>
            )}
            {row?.topicId === topic.id && row.action === 'merge' && (
              <MergeTopicForm topic={topic} topics={topics} edits={edits} onDone={() => setRow(undefined)} />
            )}
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}

function NewTopicForm() {
  const [label, setLabel] = useState('');
  const [problems, setProblems] = useState<FormProblems>({ fields: {} });
  const changed = useLibraryChanged();
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const check = TopicFields.safeParse({ label });
    if (!check.success) return setProblems(problemsFromZod(check.error));
    try {
      await call('addTopic', { label });
      changed();
      setLabel('');
      setProblems({ fields: {} });
    } catch (error) {
      setProblems(problemsFromFailure(error, ['label', 'description']));
    }
  };
  return (
    <form className="inline-form new-topic-form" onSubmit={add} noValidate>
      <Field label="New topic" error={problems.fields.label}>
        {(control) => <input type="text" {...control} value={label} placeholder="e.g. Space security" onChange={(e) => setLabel(e.target.value)} />}
      </Field>
      <button type="submit" className="button">
        Add topic
      </button>
      {problems.form && <ErrorMessage title="The topic was not added" error={problems.form} />}
    </form>
  );
}

function RenameTopicForm({ topic, onDone }: { topic: Topic; onDone(): void }) {
  const [label, setLabel] = useState(topic.label);
  const [description, setDescription] = useState(topic.description);
  const [problems, setProblems] = useState<FormProblems>({ fields: {} });
  const changed = useLibraryChanged();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const check = TopicFields.safeParse({ label, description });
    if (!check.success) return setProblems(problemsFromZod(check.error));
    try {
      await call('updateTopic', { id: topic.id, fields: { label, description } });
      changed();
      onDone();
    } catch (error) {
      setProblems(problemsFromFailure(error, ['label', 'description']));
    }
  };
  return (
    <form className="inline-form rename-topic-form" onSubmit={save} noValidate aria-label={`Rename ${topic.label}`}>
      <Field label="Name" error={problems.fields.label}>
        {(control) => <input type="text" {...control} value={label} onChange={(e) => setLabel(e.target.value)} />}
      </Field>
      <Field label="Description" error={problems.fields.description}>
        {(control) => <input type="text" {...control} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <button type="button" className="button" onClick={onDone}>
        Cancel
      </button>
      <button type="submit" className="button button-primary">
        Save
      </button>
      {problems.form && <ErrorMessage title="The topic was not renamed" error={problems.form} />}
    </form>
  );
}

interface MergeTopicFormProps {
  topic: OverviewTopic;
  topics: readonly OverviewTopic[];
  edits: Pick<LibraryEdits, 'mergeTopics'>;
  onDone(): void;
}

function MergeTopicForm({ topic, topics, edits, onDone }: MergeTopicFormProps) {
  const others = topics.filter((t) => t.id !== topic.id);
  const [intoId, setIntoId] = useState(others[0]?.id ?? '');
  const into = others.find((t) => t.id === intoId);
  const merge = async (event: FormEvent) => {
    event.preventDefault();
    if (into && (await edits.mergeTopics(topic, into))) onDone();
  };
  return (
    <form className="merge-topic-form" onSubmit={merge} aria-label={`Merge ${topic.label}`}>
      <p>
        {topic.records ? `Its ${plural(topic.records, 'record')} will carry the chosen topic instead, ` : 'Records will carry the chosen topic instead, '}
        and briefings that chose it will choose that one. “{topic.label}” can be restored from Recently deleted.
      </p>
      <div className="inline-form">
        <Field label="Merge into">
          {(control) => (
            <select {...control} value={intoId} onChange={(e) => setIntoId(e.target.value)}>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={!into}>
          Merge
        </button>
      </div>
    </form>
  );
}
