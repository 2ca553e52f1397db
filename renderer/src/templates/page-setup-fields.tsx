import { useEffect, useState, type ReactNode } from 'react';
import { Field } from '../shared/forms/field';

/**
 * The text of a field as typed, following the template when the template changes under it (an
 * edit in the source, an undo) but not while the typed text already says the same thing, so
 * typing "12." or a trailing space is not taken back from under the cursor.
 */
function useTyped(value: string, same: (typed: string, value: string) => boolean): [string, (typed: string) => void] {
  const [typed, setTyped] = useState(value);
  useEffect(() => {
    setTyped((current) => (same(current, value) ? current : value));
    // `same` is a pure comparison, the same for the field's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return [typed, setTyped];
}

interface SettingProps {
  label: string;
  /** What is wrong with the template's value, or with what was typed. */
  problem?: string;
  hint?: string;
  disabled: boolean;
  className?: string;
}

/**
 * A text setting: what is typed goes into the template as it is typed; emptied, the key goes
 * and the default applies (shown as the placeholder).
 */
export function TextSetting({ value, placeholder, onChange, ...field }: SettingProps & { value: string; placeholder?: string; onChange(text: string | undefined): void }) {
  const [typed, setTyped] = useTyped(value, (a, b) => a === b);
  return (
    <Field label={field.label} error={field.problem} hint={field.hint} className={field.className}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={typed}
          placeholder={placeholder}
          disabled={field.disabled}
          onChange={(event) => {
            setTyped(event.target.value);
            onChange(event.target.value === '' ? undefined : event.target.value);
          }}
        />
      )}
    </Field>
  );
}

/** A number as typed, or why it is not one. */
export function parseNumber(text: string): { value?: number; problem?: string } {
  if (text.trim() === '') return {};
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? { value } : { problem: `"${text}" is not a number` };
}

/**
 * A number setting: a number that passes `check` goes into the template as it is typed; one
 * that does not stays in the field with the reason under it, and the template keeps its value.
 */
export function NumberSetting({
  value,
  placeholder,
  unit,
  check,
  onChange,
  ...field
}: SettingProps & { value: number | undefined; placeholder: string; unit: string; check(value: number): string | undefined; onChange(value: number | undefined): void }) {
  const shown = value === undefined ? '' : String(value);
  const [typed, setTyped] = useTyped(shown, (a, b) => parseNumber(a).value === parseNumber(b).value);
  const parsed = parseNumber(typed);
  const typedProblem = parsed.problem ?? (parsed.value === undefined ? undefined : check(parsed.value));
  return (
    <Field label={field.label} error={typedProblem ?? field.problem} hint={field.hint} className={`number-setting ${field.className ?? ''}`}>
      {(control) => (
        <span className="setting-with-unit">
          <input
            {...control}
            type="text"
            inputMode="decimal"
            value={typed}
            placeholder={placeholder}
            disabled={field.disabled}
            onChange={(event) => {
              const text = event.target.value;
              setTyped(text);
              const next = parseNumber(text);
              if (!next.problem && (next.value === undefined || !check(next.value))) onChange(next.value);
            }}
          />
          <span className="setting-unit">{unit}</span>
        </span>
      )}
    </Field>
  );
}

/**
 * A choice: "Default (…)" leaves the key out; a value the template has that is not among the
 * choices stays shown, marked, with its problem under it.
 */
export function ChoiceSetting<T extends string>({
  value,
  choices,
  defaultLabel,
  onChange,
  ...field
}: SettingProps & { value: unknown; choices: readonly { value: T; label: string }[]; defaultLabel: string; onChange(value: T | undefined): void }) {
  const current = value === undefined ? '' : String(value);
  const known = current === '' || choices.some((choice) => choice.value === current);
  return (
    <Field label={field.label} error={field.problem} hint={field.hint} className={field.className}>
      {(control) => (
        <select {...control} value={current} disabled={field.disabled} onChange={(event) => onChange(event.target.value === '' ? undefined : (event.target.value as T))}>
          <option value="">Default ({defaultLabel})</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
          {!known && <option value={current}>{current} (not a choice)</option>}
        </select>
      )}
    </Field>
  );
}

/** An on/off setting; its label says what "on" does. */
export function CheckSetting({ label, checked, disabled, onChange }: { label: string; checked: boolean; disabled: boolean; onChange(checked: boolean): void }) {
  return (
    <div className="field check-setting">
      <label>
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} /> {label}
      </label>
    </div>
  );
}

/** A titled group of settings. */
export function SettingGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="setting-group">
      <legend>{title}</legend>
      <div className="setting-grid">{children}</div>
    </fieldset>
  );
}
