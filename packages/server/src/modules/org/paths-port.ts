// What the tree tells the modules that keep figures by path (the member facts' subtree sums, modules/facts):
// which units' paths or lifetimes a write is about to change, so that they take those units' part out of
// the figures before it and put it back after, in the write's transaction. Wired in subscriptions.ts, as the
// members port is, so that org imports none of them.
import type { SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';

/** Runs `write`, which changes the versions of `units` (ids, or a query of ids read before the write). */
export type PathsWatcher = <T>(tx: Tx, units: number[] | SQL, write: () => Promise<T>) => Promise<T>;

let watcher: PathsWatcher | null = null;

export function watchPaths(next: PathsWatcher): void {
  watcher = next;
}

/** A change of these units' paths or lifetimes, told to the watcher around the write. */
export function pathsChange<T>(tx: Tx, units: number[] | SQL, write: () => Promise<T>): Promise<T> {
  // Without it the figures kept by path would drift silently: fail loudly instead.
  if (!watcher) throw new Error('no paths watcher: build the app (subscriptions.ts) before using the tree');
  return watcher(tx, units, write);
}
