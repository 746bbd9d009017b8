// A field's validation message under it, linked by id (put the id in the field's
// aria-describedby, see describedBy); it is gone as soon as the field is valid again. It shows the
// translation of the problem's wording (an i18n key and values, see problem.ts), never a message
// from zod or the server.
import { useProblemText, type FieldProblem } from './problem';

export type { FieldProblem };

export function FieldError({ id, error }: { id: string; error?: FieldProblem }) {
  const text = useProblemText()(error);
  if (!text) return null;
  return (
    <p id={id} className="error-text">
      {text}
    </p>
  );
}

/** aria-describedby for a field: its hint, and its error while there is one. */
export function describedBy(hintId: string | undefined, errorId: string, error?: FieldProblem) {
  return [hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
}
