// Route-level code splitting: a page is loaded (as its own chunk) the first time it is shown, so a
// citizen's first visit does not carry the staff consoles. The layout shows a loading notice
// meanwhile (layout/PageLoading.tsx).
import { lazy, type ComponentType } from 'react';

/** The named export `name` of the module `load` imports, as a lazily loaded component. */
export function lazyPage<K extends string>(
  load: () => Promise<{ [P in K]: ComponentType }>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
