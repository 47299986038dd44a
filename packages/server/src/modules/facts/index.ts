// Member facts: figures kept up to date by each write, read by pages and reports (db/schema/facts.ts).
export { type MemberFigures, memberFigures } from './read.ts';
export {
  memberFactsChanged,
  memberFactsChangedIn,
  rebuildAllMemberFacts,
  unitFactsChanged,
} from './write.ts';
