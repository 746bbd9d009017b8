// The reading room's service worker (issue 17): the app's own files are kept as they are fetched,
// so the app opens without network; the documents of my coming meetings are put in their cache by
// the page (client/src/features/reading/offline.ts). Every request goes to the network first and
// falls back to what is kept only when there is no network, so nothing stale is shown online.
const SHELL = 'motesplats-shell-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const isApi = url.pathname.startsWith('/api/') || url.pathname.startsWith('/auth/');
  event.respondWith(
    fetch(request)
      .then((response) => {
        // Only the app's own files go to the shell cache; documents are kept by the page.
        if (!isApi && response.ok && response.type === 'basic') {
          const copy = response.clone();
          void caches
            .open(SHELL)
            .then((cache) => cache.put(request.mode === 'navigate' ? '/' : request, copy));
        }
        return response;
      })
      .catch(async () => {
        const kept = await caches.match(request, { ignoreVary: true });
        if (kept) return kept;
        if (request.mode === 'navigate') {
          const shell = await caches.match('/');
          if (shell) return shell;
        }
        return Response.error();
      }),
  );
});
