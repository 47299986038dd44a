// Words for the assessment: a sheet names its sections and criteria by i18n key (or, for a criterion a unit
// added, by its own text); grades and statuses by code.
import type { AssessmentCriterion, AssessmentGrade, AssessmentStatus } from '@congdoan/domain';
import type { TFunction } from 'i18next';

/** The sheet's keys are data, so they are looked up as plain strings (an unknown key shows itself). */
const lookup = (t: TFunction, key: string) => (t as unknown as (key: string) => string)(key);

export function sectionLabel(t: TFunction, section: { labelKey: string }): string {
  return lookup(t, section.labelKey);
}

export function criterionLabel(t: TFunction, criterion: AssessmentCriterion): string {
  if (criterion.label) return criterion.label;
  return criterion.labelKey ? lookup(t, criterion.labelKey) : criterion.code;
}

export function gradeLabel(t: TFunction, grade: AssessmentGrade): string {
  return t(`assessmentGrade.${grade}`);
}

export function statusLabel(t: TFunction, status: AssessmentStatus | null): string {
  return t(`assessmentStatus.${status ?? 'none'}`);
}

export const GRADE_COLORS: Record<AssessmentGrade, string> = {
  excellent: 'teal',
  good: 'blue',
  completed: 'yellow',
  notCompleted: 'red',
};

export const STATUS_COLORS: Record<AssessmentStatus, string> = {
  draft: 'gray',
  submitted: 'orange',
  reviewed: 'green',
};

/** Points as written on the sheets: a half point with a decimal comma in Vietnamese. */
export function formatPoints(points: number, language: string): string {
  return points.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
}
