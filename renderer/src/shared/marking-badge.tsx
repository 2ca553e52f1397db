/** A handling marking as a small label, coloured as the Traffic Light Protocol colours it. */
export function MarkingBadge({ marking }: { marking: string }) {
  return (
    <span className="marking-badge" data-tone={markingTone(marking)}>
      {marking}
    </span>
  );
}

/** TLP:RED, TLP:AMBER (+STRICT) and TLP:GREEN in their colours; anything else neutral. */
function markingTone(marking: string): 'red' | 'amber' | 'green' | 'neutral' {
  const tlp = /^TLP:\s*(RED|AMBER|GREEN)/i.exec(marking.trim())?.[1]?.toLowerCase();
  return tlp === 'red' || tlp === 'amber' || tlp === 'green' ? tlp : 'neutral';
}
