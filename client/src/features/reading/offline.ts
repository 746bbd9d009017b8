// Reading offline: the service worker (/sw.js) keeps the documents of my coming meetings in a
// cache of its own; confidential ones only where the municipality allows it
// (OFFLINE_CONFIDENTIAL). At logout everything kept is removed (clearOffline).
import type { MyMeetings } from '@shared/schemas/reading';

export const OFFLINE_CACHE = 'motesplats-reading-v1';

export async function registerReadingWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  await navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}

/** The documents' text and file URLs for the worker to keep. */
export function offlineUrls(mine: MyMeetings): string[] {
  const urls = new Set<string>(['/mina-moten']);
  for (const meeting of mine.meetings) {
    for (const item of meeting.items) {
      for (const document of item.documents) {
        if (!document.readable) continue;
        if (document.secrecy === 'confidential' && !mine.offlineConfidential) continue;
        urls.add(`/api/v1/documents/${document.id}`);
        urls.add(`/api/v1/documents/${document.id}/text`);
        if (document.hasFile) urls.add(`/api/v1/documents/${document.id}/file`);
      }
    }
  }
  return [...urls];
}

export async function keepForOffline(mine: MyMeetings): Promise<void> {
  if (!('caches' in window)) return;
  await registerReadingWorker();
  const cache = await caches.open(OFFLINE_CACHE);
  const urls = offlineUrls(mine);
  // What is no longer on my coming meetings goes.
  for (const request of await cache.keys()) {
    if (!urls.includes(new URL(request.url).pathname)) await cache.delete(request);
  }
  await Promise.all(
    urls.map(async (url) => {
      // Kept under its own URL; asked for as an offline copy, so that keeping it does not mark
      // the document read (only opening it does).
      const asked = /\/(text|file)$/.test(url) ? `${url}?offline=1` : url;
      const response = await fetch(asked, { credentials: 'same-origin' }).catch(() => undefined);
      if (response?.ok) await cache.put(url, response);
    }),
  );
}

/** At logout: nothing of my meetings stays on the device. */
export async function clearOffline(): Promise<void> {
  if ('caches' in window) await caches.delete(OFFLINE_CACHE);
}
