import type { RequestOf } from '../../../main/api';
import { call } from '../api';
import { COMPOSER_KEY_HELP } from '../composer/composer-keys';
import { REVIEW_KEYS, keyLabel } from '../import/review-keys';
import { ModalDialog } from '../shared/modal-dialog';

const mod = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl+';

/** The keyboard shortcuts, by where they work; the same accelerators as the application menu. */
const SHORTCUTS: ReadonlyArray<{ area: string; keys: ReadonlyArray<[string, string]> }> = [
  {
    area: 'Everywhere',
    keys: [
      [`${mod}N`, 'New briefing'],
      [`${mod}O`, 'Open a saved briefing'],
      [`${mod}S`, 'Save the briefing (in the template studio: the template)'],
      [`${mod}E`, 'Export PDF'],
      [`${mod}I`, 'Import an article'],
      [`Shift+${mod}O`, 'Open a PDF in the reading room'],
      [`${mod}F`, 'Find'],
      [`${mod}Z / Shift+${mod}Z`, 'Undo / redo'],
      [`${mod}1 … ${mod}4`, 'Library, composer, templates, reading room'],
      ['F1', 'This help'],
    ],
  },
  { area: 'Composer (a record focused)', keys: COMPOSER_KEY_HELP },
  {
    area: 'Import review',
    keys: REVIEW_KEYS.map(({ keys, label }) => [keys.map(keyLabel).join(' or '), label[0]!.toUpperCase() + label.slice(1)]),
  },
];

const GUIDES: ReadonlyArray<{ doc: RequestOf<'help:open-doc'>['doc']; label: string }> = [
  { doc: 'guide', label: 'User guide' },
  { doc: 'templates', label: 'Writing templates' },
  { doc: 'importer', label: 'How import finds records' },
];

interface HelpDialogProps {
  open: boolean;
  onClose(): void;
  onError(error: unknown): void;
}

/** Help: the keyboard shortcuts, and the guides shipped with the app, opened in the system's viewer. */
export function HelpDialog({ open, onClose, onError }: HelpDialogProps) {
  return (
    <ModalDialog
      title="Help"
      open={open}
      onClose={onClose}
      className="help-dialog"
      closeButton={{ label: 'Close' }}
    >
      <section aria-label="Guides">
        <h3 className="section-label">Guides</h3>
        <p className="help-guides">
          {GUIDES.map(({ doc, label }) => (
            <button key={doc} type="button" className="button" onClick={() => void call('openHelpDoc', { doc }).catch(onError)}>
              {label}
            </button>
          ))}
        </p>
      </section>
      {SHORTCUTS.map(({ area, keys }) => (
        <section key={area} aria-label={`${area} shortcuts`}>
          <h3 className="section-label">{area}</h3>
          <dl className="help-shortcuts">
            {keys.map(([key, what]) => (
              <div key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </ModalDialog>
  );
}
