// The tree behind one door: only modules/org (and the generated migrations) names the versions table, so
// every other module reads the tree through modules/org/index.ts; and org imports no other feature module,
// which follow it through its events instead (events-bus.ts, members-port.ts, wired in subscriptions.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const self = fileURLToPath(import.meta.url);
const src = resolve(dirname(self), '../..');
const org = join(src, 'modules', 'org');
const modules = join(src, 'modules');
const migrations = join(src, 'db', 'migrations');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const inside = (folder: string, path: string) => path === folder || path.startsWith(folder + sep);
const shown = (path: string) => relative(src, path).split(sep).join('/');

/** Whether a source text names the versions table, in SQL or as the drizzle table. */
const namesVersions = (text: string) => /org_unit_versions|orgUnitVersions/u.test(text);

/** The relative imports (static, dynamic, re-exports) of a file at `path` that land in another module. */
function crossings(path: string, text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/gu)]
    .map(([, specifier]) => specifier ?? '')
    .filter((specifier) => {
      const target = resolve(dirname(path), specifier);
      return inside(modules, target) && !inside(org, target);
    });
}

describe('the tree behind one door', () => {
  it('names the versions table only inside modules/org and the migrations', () => {
    const naming = sourceFiles(src)
      .filter((path) => !inside(org, path) && !inside(migrations, path))
      .filter((path) => namesVersions(readFileSync(path, 'utf8')))
      .map(shown);
    expect(naming).toEqual([]);
  });

  it('imports no other feature module from modules/org', () => {
    // This file is left out: its last test quotes imports that cross on purpose.
    const crossing = sourceFiles(org)
      .filter((path) => path !== self)
      .flatMap((path) =>
        crossings(path, readFileSync(path, 'utf8')).map((specifier) => `${shown(path)} → ${specifier}`),
      );
    expect(crossing).toEqual([]);
  });

  it('sees a breach of either rule', () => {
    expect(namesVersions('sql`select name from org_unit_versions where unit_id = 1`')).toBe(true);
    expect(namesVersions("import { orgUnits } from '../../db/schema/index.ts';")).toBe(false);
    const events = join(org, 'events', 'merge.ts');
    const text = [
      "import { moveMembersOnRestructure } from '../../members/restructure.ts';",
      "export { committees } from '../../elections/committees.ts';",
      "const later = await import('../../congresses/service.ts');",
      "import { activeOn } from '../versions.ts';",
      "import type { Tx } from '../../../db/client.ts';",
    ].join('\n');
    expect(crossings(events, text)).toEqual([
      '../../members/restructure.ts',
      '../../elections/committees.ts',
      '../../congresses/service.ts',
    ]);
  });
});
