// The 72-hour clock of a personal-data breach: when the authority must have been told, and whether it was.
import { BREACH_NOTIFICATION_HOURS } from './schemas.ts';

export type NotificationState = 'met' | 'late' | 'pending' | 'overdue';

/** The instant (ISO) by which the authority must be notified of a breach discovered at `discoveredAt`. */
export function breachNotifyBy(discoveredAt: string): string {
  return new Date(Date.parse(discoveredAt) + BREACH_NOTIFICATION_HOURS * 3600_000).toISOString();
}

/**
 * met: notified within the 72 hours; late: notified after them; pending: not yet, still in time;
 * overdue: not yet, and the time is up.
 */
export function breachNotificationState(
  discoveredAt: string,
  authorityNotifiedAt: string | null,
  now: Date = new Date(),
): NotificationState {
  const deadline = Date.parse(breachNotifyBy(discoveredAt));
  if (authorityNotifiedAt !== null) return Date.parse(authorityNotifiedAt) <= deadline ? 'met' : 'late';
  return now.getTime() <= deadline ? 'pending' : 'overdue';
}
