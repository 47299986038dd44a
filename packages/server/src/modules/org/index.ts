// The organisation tree's public face: what other modules may use of it. They read the tree through these
// (a unit on a date, SQL pieces for their own queries), change it through the restructuring use cases, and
// follow its changes by subscribing to its events; none of them names its tables of versions.
export {
  onRestructure,
  type RestructureEvent,
  type RestructureHandler,
  type UnitLabel,
  type UnitRef,
} from './events-bus.ts';
export { type MembersPort, provideMembers } from './members-port.ts';
export { type PathsWatcher, watchPaths } from './paths-port.ts';
export { type PlacedUnit, placeUnit, ROOT_UNIT, rootUnit } from './root.ts';
export { dissolveUnit, foundUnit, mergeUnits, moveUnit, splitUnit, updateUnit } from './service.ts';
export {
  currentTree,
  everWithin,
  latestPath,
  latestTree,
  latestVersionOf,
  liveOn,
  pathWithin,
  type SqlDate,
  subtreeLquery,
  treeOn,
  unitName,
  unitPathOn,
  unitsEverWithin,
  unitVersions,
  versionOnOrLatest,
  withinOn,
} from './tree.ts';
export {
  activeOn,
  childrenOn,
  latestVersion,
  type UnitState,
  unitHasEnded,
  versionOn,
} from './versions.ts';
