import { ZoomInIcon, ZoomOutIcon } from '../shared/icons';
import { ZOOM_STEPS, zoomedIn, zoomedOut, type Zoom } from './zoom';

interface ZoomControlsProps {
  zoom: Zoom;
  /** The scale the pages show at now (for the fit modes, what they work out to). */
  scale: number;
  onZoom(zoom: Zoom): void;
}

const percent = (scale: number) => `${Math.round(scale * 100)}%`;

/** Zoom out, the zoom (automatic, fit width, fit page, or a percentage), zoom in. */
export function ZoomControls({ zoom, scale, onZoom }: ZoomControlsProps) {
  const value = zoom.mode === 'scale' ? `scale:${zoom.scale}` : zoom.mode;
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" className="icon-button" aria-label="Zoom out" disabled={scale <= ZOOM_STEPS[0] + 0.005} onClick={() => onZoom(zoomedOut(scale))}>
        <ZoomOutIcon />
      </button>
      <select
        className="zoom-select"
        aria-label="Zoom level"
        value={value}
        onChange={(event) => {
          const chosen = event.target.value;
          onZoom(
            chosen === 'auto' || chosen === 'fit-width' || chosen === 'fit-page'
              ? { mode: chosen }
              : { mode: 'scale', scale: Number(chosen.slice('scale:'.length)) },
          );
        }}
      >
        <option value="auto">Automatic{zoom.mode === 'auto' ? ` (${percent(scale)})` : ''}</option>
        <option value="fit-width">Fit width{zoom.mode === 'fit-width' ? ` (${percent(scale)})` : ''}</option>
        <option value="fit-page">Fit page{zoom.mode === 'fit-page' ? ` (${percent(scale)})` : ''}</option>
        {ZOOM_STEPS.map((step) => (
          <option key={step} value={`scale:${step}`}>
            {percent(step)}
          </option>
        ))}
      </select>
      <button type="button" className="icon-button" aria-label="Zoom in" disabled={scale >= ZOOM_STEPS.at(-1)! - 0.005} onClick={() => onZoom(zoomedIn(scale))}>
        <ZoomInIcon />
      </button>
    </div>
  );
}
