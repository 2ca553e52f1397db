import { ModalDialog } from './modal-dialog';

interface UnsavedChangesDialogProps {
  /** The briefing's title, or undefined when there is nothing to ask about. */
  title: string | undefined;
  onSave(): void;
  onDiscard(): void;
  onCancel(): void;
  /** For another kind of document than a briefing: the question, what is lost, and the two buttons. */
  wording?: { question: string; explanation: string; discard: string; save: string };
}

/** Asked before New or Open (or, with other `wording`, closing a template) would drop unsaved edits. */
export function UnsavedChangesDialog({ title, onSave, onDiscard, onCancel, wording }: UnsavedChangesDialogProps) {
  return (
    <ModalDialog
      title={wording?.question ?? `Save changes to “${title ?? ''}”?`}
      open={title !== undefined}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onDiscard}>
            {wording?.discard ?? 'Don’t save'}
          </button>
          <span className="spacer" />
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={onSave}>
            {wording?.save ?? 'Save'}
          </button>
        </>
      }
    >
      <p>{wording?.explanation ?? 'Your edits to this briefing are not saved. They will be lost if you continue without saving.'}</p>
    </ModalDialog>
  );
}
