import { useState } from 'react';
import type { Topic } from '../../../main/api';
import { call, describeFailure } from '../api';
import { useLibraryChanged } from '../shared/library-revision';

/**
 * A topic made without leaving the review: named here, added to the library's taxonomy at
 * once (so the other candidates can use it too), and given to the candidate being edited.
 */
export function NewTopicField({ onAdded }: { onAdded(topic: Topic): void }) {
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string>();
  const changed = useLibraryChanged();
  const add = async () => {
    const clean = label.trim();
    if (!clean) return setProblem('Name the topic first.');
    try {
      const topic = await call('addTopic', { label: clean });
      changed();
      setLabel('');
      setProblem(undefined);
      onAdded(topic);
    } catch (error) {
      setProblem(describeFailure(error).message);
    }
  };
  return (
    <div className="new-topic-field">
      <input
        type="text"
        aria-label="New topic"
        placeholder="New topic, e.g. Space security"
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        onKeyDown={(event) => {
          // Enter adds the topic; it must not submit the candidate's form.
          if (event.key === 'Enter') {
            event.preventDefault();
            void add();
          }
        }}
      />
      <button type="button" className="button button-small" onClick={() => void add()}>
        Add topic
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
