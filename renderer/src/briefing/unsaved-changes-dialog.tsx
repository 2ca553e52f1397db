import { ModalDialog } from '../shared/modal-dialog';

interface UnsavedChangesDialogProps {
  /** The briefing's title, or undefined when there is nothing to ask about. */
  title: string | undefined;
  onSave(): void;
  onDiscard(): void;
  onCancel(): void;
}

/** Asked before New or Open would drop unsaved edits. */
export function UnsavedChangesDialog({ title, onSave, onDiscard, onCancel }: UnsavedChangesDialogProps) {
  return (
    <ModalDialog
      title={`Save changes to “${title ?? ''}”?`}
      open={title !== undefined}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onDiscard}>
            Don’t save
          </button>
          <span className="spacer" />
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={onSave}>
            Save
          </button>
        </>
      }
    >
      <p>Your edits to this briefing are not saved. They will be lost if you continue without saving.</p>
    </ModalDialog>
  );
}
