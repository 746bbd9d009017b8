// Every string the user sees exists in both languages: the English and Swedish key sets match.
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '@shared/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      keys(v, prefix ? `${prefix}.${k}` : k),
    );
  }
  return [prefix];
}

describe('translations', () => {
  it.each(NAMESPACES)('namespace %s has the same keys in Swedish and English', (ns) => {
    expect(keys(resources.en[ns]).sort()).toEqual(keys(resources.sv[ns]).sort());
  });

  it.each(NAMESPACES)('namespace %s has no empty strings', (ns) => {
    for (const lang of ['sv', 'en'] as const) {
      const empty = keys(resources[lang][ns]).filter((k) => {
        const value = k
          .split('.')
          .reduce<unknown>(
            (o, part) => (o as Record<string, unknown>)?.[part],
            resources[lang][ns],
          );
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
