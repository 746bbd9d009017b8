// A field's validation message under it, linked by id (put the id in the field's
// aria-describedby, see describedBy); it is gone as soon as the field is valid again.

/** A field's entry in react-hook-form's `formState.errors`. */
interface FieldProblem {
  message?: unknown;
}

export function FieldError({ id, error }: { id: string; error?: FieldProblem }) {
  if (typeof error?.message !== 'string' || error.message === '') return null;
  return (
    <p id={id} className="error-text">
      {error.message}
    </p>
  );
}

/** aria-describedby for a field: its hint, and its error while there is one. */
export function describedBy(hintId: string | undefined, errorId: string, error?: FieldProblem) {
  return [hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
}
