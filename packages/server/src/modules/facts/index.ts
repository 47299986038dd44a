// Member facts: figures kept up to date by each write, read by pages and reports (db/schema/facts.ts).

export { type MemberFigures, memberCountsOn, memberCountsPerUnit, memberFigures } from './read.ts';
export { rebuildAllSubtreeFacts, subtreeStocks, subtreeStocksOn, withSubtreeFacts } from './subtree.ts';
export { defaultVerifyDates, type FactDrift, verifyMemberFacts } from './verify.ts';
export {
  ensureMemberFacts,
  memberFactsChanged,
  memberFactsChangedIn,
  rebuildAllMemberFacts,
  unitFactsChanged,
} from './write.ts';
