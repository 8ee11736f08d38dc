import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEEDS_SHARED } from '../support/shared-fixtures';

// Code (not comments) that reads ../shared, directly or through a local helper module.
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*(\/\/|\/?\*)/.test(l))
    .join('\n');
const readsShared = (file: string, seen = new Set<string>()): boolean => {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = code(file);
  if (/['"`]\.\.\/shared\//.test(text)) return true;
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].some((m) => {
    const base = normalize(join(dirname(file), m[1]!));
    const ts = [`${base}.ts`, `${base}.tsx`].find((f) => {
      try {
        return readFileSync(f) && true;
      } catch {
        return false;
      }
    });
    return !!ts && ts.startsWith('tests/') && readsShared(ts, seen);
  });
};

describe('tests that need ../shared', () => {
  it.each(Object.entries(NEEDS_SHARED))(
    'the %s list names exactly the files that read it',
    (tier, list) => {
      const dir = `tests/${tier}`;
      const files = readdirSync(dir)
        .filter((f) => /\.(test|e2e)\.tsx?$/.test(f))
        .map((f) => `${dir}/${f}`);
      expect(files.filter((f) => readsShared(f)).sort()).toEqual([...list].sort());
    },
  );
});
