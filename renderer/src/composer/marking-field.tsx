import { useEffect, useRef, useState } from 'react';

/** Handling markings analysts use most; anything else is a custom marking. */
export const MARKINGS = ['UNCLASSIFIED', 'TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
const CUSTOM = 'custom';

interface MarkingFieldProps {
  value: string;
  onChange(marking: string, coalesceKey?: string): void;
}

/** The handling marking: one of the usual ones, or "Custom…" with a text field for anything else. */
export function MarkingField({ value, onChange }: MarkingFieldProps) {
  const preset = (MARKINGS as readonly string[]).includes(value);
  const [custom, setCustom] = useState(!preset);
  const textRef = useRef<HTMLInputElement>(null);

  // Undo or opening another briefing can bring a marking that is not in the list.
  useEffect(() => {
    if (!preset) setCustom(true);
  }, [preset]);

  return (
    <div className="field marking-field">
      <label htmlFor="briefing-marking">Handling marking</label>
      <div className="marking-controls">
        <select
          id="briefing-marking"
          value={custom ? CUSTOM : value}
          onChange={(event) => {
            if (event.target.value === CUSTOM) {
              setCustom(true);
              requestAnimationFrame(() => textRef.current?.focus());
            } else {
              setCustom(false);
              onChange(event.target.value);
            }
          }}
        >
          {MARKINGS.map((marking) => (
            <option key={marking} value={marking}>
              {marking}
            </option>
          ))}
          <option value={CUSTOM}>Custom…</option>
        </select>
        {custom && (
          <input
            ref={textRef}
            type="text"
            aria-label="Custom handling marking"
            placeholder="e.g. OFFICIAL-SENSITIVE"
            value={value}
            onChange={(event) => onChange(event.target.value, 'marking')}
          />
        )}
      </div>
    </div>
  );
}
