// The restructuring use cases of the organisation tree, one per event kind (events/*.ts). Each takes the
// caller's transaction and an actor (null for the system, e.g. demo seeding: no scope, same domain rules)
// and answers {eventId, kind, unitIds}: unitIds[0] is the subject (the new unit for found, the target for
// merge/consolidate, the source for split, followed by the sources or the new parts).
export { dissolveUnit } from './events/dissolve.ts';
export { foundUnit } from './events/found.ts';
export { mergeUnits } from './events/merge.ts';
export { moveUnit } from './events/move.ts';
export { splitUnit } from './events/split.ts';
export { updateUnit } from './events/update.ts';
