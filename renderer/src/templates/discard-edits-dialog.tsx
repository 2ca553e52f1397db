import { UnsavedChangesDialog } from '../shared/unsaved-changes-dialog';

interface DiscardEditsDialogProps {
  /** The template's name, or undefined when there is nothing to ask about. */
  name: string | undefined;
  /** What would drop the edits, e.g. "Closing it" or "Deleting it". */
  action: string;
  onSave(): void;
  onDiscard(): void;
  onCancel(): void;
}

/** Asked before closing or deleting a template would lose edits to it that are not saved. */
export function DiscardEditsDialog({ name, action, ...answers }: DiscardEditsDialogProps) {
  return (
    <UnsavedChangesDialog
      title={name}
      {...answers}
      wording={{
        question: `Save changes to template “${name ?? ''}”?`,
        explanation: `The edits to this template are not saved. ${action} without saving loses them.`,
        discard: 'Discard edits',
        save: 'Save template',
      }}
    />
  );
}
