// A grassroots union's sheet as the caller sees it, with what they may do sent as `can`: each flag is the
// guard of the route doing the action (platform/policy.ts), ANDed with what the service also refuses by — a
// sheet is scored and submitted while a draft, by a union that existed at the end of the year; it is
// reviewed or returned once submitted, by the union above it only. Run outside transactions.
import { apiContract, type FilledAssessment, type FilledAssessmentData } from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client.ts';
import { actorOf } from '../../platform/context.ts';
import { canOf } from '../../platform/policy.ts';
import { assessedUnit, reviewsSheet } from './service.ts';

const routes = apiContract.assessments;

export async function sheetView(
  tx: Tx,
  request: FastifyRequest,
  sheet: FilledAssessmentData,
): Promise<FilledAssessment> {
  const params = { id: sheet.unitId, year: sheet.year };
  const can = await canOf(request, {
    edit: [routes.save, { params }],
    submit: [routes.submit, { params }],
    review: [routes.review, { params }],
    return: [routes.return, { params }],
  });
  const unit = await assessedUnit(tx, sheet.unitId, sheet.year);
  const scoring = sheet.status === 'draft' && unit.alive;
  const reviewing =
    sheet.status === 'submitted' &&
    (can.review || can.return) &&
    (await reviewsSheet(tx, actorOf(request), unit, sheet.year));
  return {
    ...sheet,
    can: {
      edit: can.edit && scoring,
      submit: can.submit && scoring,
      review: can.review && reviewing,
      return: can.return && reviewing,
    },
  };
}
