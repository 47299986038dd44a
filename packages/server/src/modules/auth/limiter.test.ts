import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './limiter.ts';

const MINUTE = 60_000;

function limiterAt(start = 0) {
  const clock = { now: start };
  const limiter = new FailureLimiter(
    { maxFailures: 3, firstDelayMs: 30_000, maxDelayMs: 15 * MINUTE },
    () => clock.now,
  );
  const wrong = (key = 'admin') => {
    const wait = limiter.begin([key]);
    if (wait === 0) limiter.finish([key], 'wrong');
    return wait;
  };
  return { clock, limiter, wrong };
}

describe('failure limiter', () => {
  it('lets three wrong passwords through, then makes each further try wait longer, up to 15 minutes', () => {
    const { clock, limiter, wrong } = limiterAt();
    expect([wrong(), wrong(), wrong()]).toEqual([0, 0, 0]);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const wait = limiter.begin(['admin']);
      waits.push(wait);
      clock.now += wait;
      expect(wrong()).toBe(0);
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000]);
  });

  it('forgets the account on a right password, and a quiet day forgets it too', () => {
    const { clock, limiter, wrong } = limiterAt();
    for (let i = 0; i < 3; i++) wrong();
    expect(limiter.begin(['admin'])).toBe(30_000);
    clock.now += 30_000;
    expect(limiter.begin(['admin'])).toBe(0);
    limiter.finish(['admin'], 'right');
    expect(limiter.size).toBe(0);
    expect([wrong(), wrong(), wrong()]).toEqual([0, 0, 0]);
    clock.now += 24 * 60 * MINUTE;
    expect([wrong(), wrong(), wrong()]).toEqual([0, 0, 0]);
    expect(limiter.begin(['admin'])).toBe(30_000);
  });

  it('counts each key on its own; a refusal for another reason counts nothing', () => {
    const { limiter, wrong } = limiterAt();
    for (let i = 0; i < 3; i++) wrong('admin');
    expect(limiter.begin(['someone'])).toBe(0);
    limiter.finish(['someone'], 'other');
    expect(limiter.size).toBe(1);
    // A try on two keys waits for the slower one and starts on neither.
    expect(limiter.begin(['someone', 'admin'])).toBe(30_000);
    expect(wrong('someone')).toBe(0);
  });

  it('does not let parallel guesses slip past the count while they are being checked', () => {
    const { limiter } = limiterAt();
    const started = Array.from({ length: 10 }, () => limiter.begin(['admin']));
    expect(started.filter((wait) => wait === 0)).toHaveLength(3);
    for (let i = 0; i < 3; i++) limiter.finish(['admin'], 'wrong');
    expect(limiter.begin(['admin'])).toBe(30_000);
  });

  it('on a right password forgets only the keys it is told to', () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 3; i++) {
      limiter.begin(['account:1', 'address:10.0.0.1']);
      limiter.finish(['account:1', 'address:10.0.0.1'], 'wrong');
    }
    expect(limiter.begin(['account:2', 'address:10.0.0.1'])).toBe(30_000);
    expect(limiter.begin(['account:2'])).toBe(0);
    limiter.finish(['account:2'], 'right', ['account:2']);
    expect(limiter.begin(['address:10.0.0.1'])).toBe(30_000);
  });
});
