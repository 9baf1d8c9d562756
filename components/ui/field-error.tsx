/** A field's error, tied to its input by aria-describedby; empty (but present) when there is none. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="field-error" role={message ? "alert" : undefined}>
      {message ? `⚠ ${message}` : null}
    </p>
  );
}
