import { describe, expect, it } from 'vitest';
import { breachNotificationState, breachNotifyBy } from './breach.ts';

describe('the 72-hour notification of a breach', () => {
  const discovered = '2026-02-02T08:30:00+07:00';

  it('falls due 72 hours after discovery, across days and time zones', () => {
    expect(breachNotifyBy(discovered)).toBe('2026-02-05T01:30:00.000Z');
  });

  it.each([
    ['notified within the hours', '2026-02-05T08:30:00+07:00', '2026-03-01T00:00:00Z', 'met'],
    ['notified a minute late', '2026-02-05T08:31:00+07:00', '2026-03-01T00:00:00Z', 'late'],
    ['not notified, still in time', null, '2026-02-04T00:00:00Z', 'pending'],
    ['not notified, time up', null, '2026-02-05T01:31:00Z', 'overdue'],
  ])('%s', (_case, notifiedAt, now, state) => {
    expect(breachNotificationState(discovered, notifiedAt, new Date(now))).toBe(state);
  });
});
