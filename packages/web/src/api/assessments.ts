// The annual assessment of grassroots unions: the sheet in force for a year with the grade thresholds, a
// unit's filled sheet (self-scores, then the level above's review), and the overview of a subtree.
import type {
  AssessmentOverview,
  AssessmentSheetAnswer,
  FilledAssessment,
  ReturnAssessmentBody,
  ReviewAssessmentBody,
  selfAssessmentBody,
} from '@congdoan/domain';
import type { z } from 'zod';
import { get, post, put, withQuery } from './client.ts';

export type SelfAssessmentInput = z.input<typeof selfAssessmentBody>;

export interface AssessmentOverviewParams {
  unitId: number;
  year: number;
  /** the good-or-better target as a share (0.95), when not taken from the year plan */
  target?: number;
}

const base = (unitId: number, year: number) => `/org-units/${unitId}/assessments/${year}`;

export const assessmentsApi = {
  sheet: (year: number) => get<AssessmentSheetAnswer>('/assessments/sheet', { year }),
  /** A unit's sheet for the year; one not started yet comes back as an empty draft with id 0. */
  get: (unitId: number, year: number) => get<FilledAssessment>(base(unitId, year)),
  save: (unitId: number, year: number, body: SelfAssessmentInput) =>
    put<FilledAssessment>(base(unitId, year), body),
  submit: (unitId: number, year: number) => post<FilledAssessment>(`${base(unitId, year)}/submit`),
  review: (unitId: number, year: number, body: ReviewAssessmentBody) =>
    post<FilledAssessment>(`${base(unitId, year)}/review`, body),
  returnToUnit: (unitId: number, year: number, note: string) =>
    post<FilledAssessment>(`${base(unitId, year)}/return`, { note } satisfies ReturnAssessmentBody),
  overview: (params: AssessmentOverviewParams) => get<AssessmentOverview>('/assessments', { ...params }),
  exportUrl: (unitId: number, year: number, lang: string) =>
    withQuery('/api/assessments/export.xlsx', { unitId, year, lang }),
};
