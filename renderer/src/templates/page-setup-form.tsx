import { useMemo, useState } from 'react';
import type { ApiErrorInfo } from '../../../main/api';
import { DEFAULT_PAGE_SETUP } from '../../../main/core/render/page-setup';
import type { FrontMatterValue } from '../../../main/core/render/front-matter-edit';
import { marginProblem, pageSetupProblem, readPageSetupForm, writePageSetup, type PageSetupKey } from '../../../main/core/render/page-setup-form';
import { ApiError, call } from '../api';
import { ErrorMessage } from '../shared/error-message';
import { ChoiceSetting, CheckSetting, NumberSetting, SettingGroup, TextSetting } from './page-setup-fields';

const PAPERS = [
  { value: 'A4', label: 'A4' },
  { value: 'LETTER', label: 'Letter' },
  { value: 'LEGAL', label: 'Legal' },
  { value: 'A5', label: 'A5' },
] as const;
const ORIENTATIONS = [
  { value: 'portrait', label: 'Portrait' },
  { value: 'landscape', label: 'Landscape' },
] as const;
const FONTS = [
  { value: 'PT Serif', label: 'PT Serif' },
  { value: 'PT Sans', label: 'PT Sans' },
] as const;
const MARGINS = ['Left', 'Top', 'Right', 'Bottom'] as const;

interface PageSetupFormProps {
  /** The template's text as it stands in its buffer. */
  text: string;
  readOnly: boolean;
  /** Puts new text in the buffer, as an edit in the source would (so Undo and Save cover it). */
  onChange(text: string): void;
  /** Shows the source, where front matter the form cannot read is fixed. */
  onShowSource(): void;
}

/**
 * The template's page setup as a form: each field reads its key from the front matter in the
 * buffer and writes it back there, keeping the rest of the YAML (comments, keys the form does not
 * show) as it was. A value with a problem is shown at its field and not written.
 */
export function PageSetupForm({ text, readOnly, onChange, onShowSource }: PageSetupFormProps) {
  const form = useMemo(() => readPageSetupForm(text), [text]);
  const { values, problems } = form;
  const [logoError, setLogoError] = useState<ApiErrorInfo>();

  if (form.unreadable) {
    return (
      <div className="page-setup">
        <div className="page-setup-unreadable" role="alert">
          <p>
            The page setup cannot be shown as a form: {form.unreadable}. Fix the front matter (between the <code>---</code> lines) in the source.
          </p>
          <button type="button" className="button" onClick={onShowSource}>
            Show source
          </button>
        </div>
      </div>
    );
  }

  const set = (changes: Partial<Record<PageSetupKey, FrontMatterValue | undefined>>) => onChange(writePageSetup(text, changes));
  const disabled = readOnly;
  const textOf = (key: PageSetupKey) => (typeof values[key] === 'string' ? (values[key] as string) : '');
  const numberOf = (key: 'fontSize') => (typeof values[key] === 'number' ? (values[key] as number) : undefined);
  const margins = Array.isArray(values.margins) && values.margins.length === 4 && values.margins.every((m) => typeof m === 'number') ? (values.margins as number[]) : undefined;
  const logo = typeof values.logo === 'string' && !problems.logo ? values.logo : undefined;

  const chooseLogo = async () => {
    setLogoError(undefined);
    try {
      const choice = await call('chooseTemplateLogo');
      if (!choice.canceled) set({ logo: choice.logo.dataUri });
    } catch (error) {
      setLogoError(error instanceof ApiError ? error.info : { code: 'internal', message: String(error) });
    }
  };

  type TextKey = 'marking' | 'watermark' | 'headerText' | 'footerText' | 'tocTitle';
  const textSetting = (key: TextKey, label: string, placeholder: string, hint?: string, className?: string) => (
    <TextSetting label={label} value={textOf(key)} placeholder={placeholder} hint={hint} className={className} problem={problems[key]} disabled={disabled} onChange={(value) => set({ [key]: value })} />
  );
  type ChoiceKey = 'pageSize' | 'orientation' | 'font' | 'headingFont';
  const choiceSetting = (key: ChoiceKey, label: string, choices: readonly { value: string; label: string }[], hint?: string, defaultLabel = String(DEFAULT_PAGE_SETUP[key])) => (
    <ChoiceSetting label={label} value={values[key]} choices={choices} defaultLabel={defaultLabel} hint={hint} problem={problems[key]} disabled={disabled} onChange={(value) => set({ [key]: value })} />
  );

  return (
    <form className="page-setup" aria-label="Page setup" onSubmit={(event) => event.preventDefault()}>
      {readOnly && <p className="page-setup-note">Built-in templates are read-only: Duplicate to edit to change the page setup.</p>}
      <SettingGroup title="Paper">
        {choiceSetting('pageSize', 'Paper', PAPERS, 'Left at Default, each analyst’s region decides: Letter in the US and Canada, A4 elsewhere.', 'the analyst’s region')}
        {choiceSetting('orientation', 'Orientation', ORIENTATIONS)}
        <div className="margin-settings" role="group" aria-label="Margins">
          {MARGINS.map((side, index) => (
            <NumberSetting
              key={side}
              label={`${side} margin`}
              value={margins?.[index]}
              placeholder={String(DEFAULT_PAGE_SETUP.margins[index])}
              unit="pt"
              check={marginProblem}
              problem={index === 0 ? problems.margins : undefined}
              disabled={disabled}
              onChange={(value) => {
                const next = [...(margins ?? DEFAULT_PAGE_SETUP.margins)];
                next[index] = value ?? DEFAULT_PAGE_SETUP.margins[index]!;
                set({ margins: next });
              }}
            />
          ))}
        </div>
      </SettingGroup>

      <SettingGroup title="On every page">
        {textSetting('marking', 'Marking', 'The briefing’s own', 'Printed at the top and foot of every page, over the briefing’s marking, e.g. TLP:AMBER.')}
        {textSetting('watermark', 'Watermark', 'None', 'Across every page, e.g. SAMPLE; a draft says DRAFT.')}
        {textSetting('headerText', 'Header text', 'None', 'Under the top banner; may use the briefing’s fields, e.g. {{title}}.', 'field-wide')}
        {textSetting('footerText', 'Footer text', 'None', 'Left of the page number; may use the briefing’s fields.', 'field-wide')}
      </SettingGroup>

      <SettingGroup title="Text">
        {choiceSetting('font', 'Body font', FONTS)}
        {choiceSetting('headingFont', 'Heading font', FONTS)}
        <NumberSetting
          label="Font size"
          value={numberOf('fontSize')}
          placeholder={String(DEFAULT_PAGE_SETUP.fontSize)}
          unit="pt"
          check={(size) => pageSetupProblem('fontSize', size)}
          problem={problems.fontSize}
          disabled={disabled}
          onChange={(fontSize) => set({ fontSize })}
        />
      </SettingGroup>

      <SettingGroup title="Contents">
        <CheckSetting label="Table of contents, with page numbers" checked={values.toc === true} disabled={disabled} onChange={(toc) => set({ toc })} />
        {textSetting('tocTitle', 'Contents title', DEFAULT_PAGE_SETUP.tocTitle)}
        <CheckSetting label="PDF bookmarks for the sections" checked={values.bookmarks !== false} disabled={disabled} onChange={(bookmarks) => set({ bookmarks })} />
      </SettingGroup>

      <SettingGroup title="Logo">
        <div className={`field field-wide logo-setting ${problems.logo || logoError ? 'has-error' : ''}`}>
          {logo ? <img className="logo-preview" src={logo} alt="The template’s logo" /> : <p className="field-hint">No logo. A PNG or JPEG chosen here prints at the top of the first page.</p>}
          <div className="logo-actions">
            <button type="button" className="button" disabled={disabled} onClick={() => void chooseLogo()}>
              Choose logo…
            </button>
            {values.logo !== undefined && (
              <button type="button" className="button" disabled={disabled} onClick={() => set({ logo: undefined })}>
                Remove logo
              </button>
            )}
          </div>
          {problems.logo && <p className="field-error">{problems.logo}</p>}
          {logoError && <ErrorMessage title="The logo was not added" error={logoError} />}
        </div>
      </SettingGroup>
    </form>
  );
}
