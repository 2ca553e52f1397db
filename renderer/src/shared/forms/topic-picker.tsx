import type { Topic } from '../../../../main/api';

interface TopicPickerProps {
  topics: readonly Topic[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  /** The field's id (for its label) and error description. */
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** The taxonomy as toggles: a record carries one or more topics, in taxonomy order. */
export function TopicPicker({ topics, selected, onChange, id, ...described }: TopicPickerProps) {
  const chosen = new Set(selected);
  const toggle = (topicId: string) =>
    onChange(topics.filter((t) => (t.id === topicId ? !chosen.has(t.id) : chosen.has(t.id))).map((t) => t.id));
  return (
    <div id={id} role="group" className="topic-picker" {...described}>
      {topics.map((topic) => (
        <label key={topic.id} className={`topic-toggle${chosen.has(topic.id) ? ' is-on' : ''}`} title={topic.description || topic.label}>
          <input type="checkbox" checked={chosen.has(topic.id)} onChange={() => toggle(topic.id)} />
          {topic.label}
        </label>
      ))}
    </div>
  );
}
