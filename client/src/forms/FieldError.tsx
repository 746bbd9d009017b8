// A field's validation message under it, linked by id (put the id in the field's
// aria-describedby, see describedBy); it is gone as soon as the field is valid again.

/**
 * A field's entry in react-hook-form's `formState.errors`. Its message is already the translated
 * wording of the problem's code (useZodForm words every issue, the form's own and the server's
 * `validation_failed` details, through errors/validation.ts); a server's text never reaches it.
 */
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
