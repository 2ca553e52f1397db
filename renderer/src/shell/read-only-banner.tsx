/** Across the window while the library is open read-only: why, so no one edits in vain. */
export function ReadOnlyBanner({ reason }: { reason: string | undefined }) {
  if (!reason) return null;
  return (
    <div className="read-only-banner" role="alert">
      <strong>Read-only library.</strong> {reason}
    </div>
  );
}
