// Moves focus to an element when it appears (a form or confirmation the person just asked for),
// as React's `autoFocus` does. The HTML autofocus attribute alone is honoured once per page load.
import { useCallback } from 'react';

export function useFocusOnMount<T extends HTMLElement>(
  enabled = true,
): (element: T | null) => void {
  return useCallback(
    (element: T | null) => {
      if (enabled && element) element.focus();
    },
    [enabled],
  );
}
