// A fraction of the rules table in force on a date (the quorum of a congress or a session, the share of the
// ballots that wins), for the forms that work a figure out while it is typed; null until it is known.
import type { Fraction } from '@congdoan/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { fractionOf } from './labels.ts';

export function useRuleFraction(key: string, date: string): Fraction | null {
  const rule = useQuery({
    queryKey: keys.ruleValue(key, date),
    queryFn: () => api.rules.valueOn({ query: { key, date } }),
    staleTime: 10 * 60_000,
  });
  return fractionOf(rule.data?.value);
}
