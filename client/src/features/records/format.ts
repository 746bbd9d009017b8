// File sizes as people read them ("120 kB", "3.4 MB").
import type { TFunction } from 'i18next';

export function formatSize(bytes: number, t: TFunction): string {
  if (bytes < 1024 * 1024) return t('size.kb', { value: Math.max(1, Math.round(bytes / 1024)) });
  return t('size.mb', { value: (bytes / (1024 * 1024)).toFixed(1) });
}
