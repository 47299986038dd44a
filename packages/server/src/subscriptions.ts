// Who follows whom between modules: the tree publishes its restructuring events, asks the members module
// what its units hold and tells the member facts whose paths change; the modules that keep data inside units
// act on the events. Wired once at app build
// (buildApp calls it; again is harmless) before any event can run; subscribers run in the order below.
import { committeesFollowRestructure } from './modules/elections/committees.ts';
import { withSubtreeFacts } from './modules/facts/index.ts';
import { nameKeysFollowRestructure } from './modules/members/name-keys.ts';
import { membersFollowRestructure, membersOfUnitOn } from './modules/members/restructure.ts';
import { memberStatsFor } from './modules/members/stats.ts';
import { onRestructure, provideMembers, watchPaths } from './modules/org/index.ts';

export function subscribeModules(): void {
  provideMembers({
    countOn: membersOfUnitOn,
    statsOf: (tx, unitId, asOf) => memberStatsFor(tx, unitId, { asOf }),
  });
  watchPaths(withSubtreeFacts);
  onRestructure(membersFollowRestructure);
  onRestructure(nameKeysFollowRestructure);
  onRestructure(committeesFollowRestructure);
}
