// Shown while a page waits for the server; announced politely to screen readers.
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="nhsuk-body hearth-loading" role="status">
      {what}…
    </p>
  );
}
