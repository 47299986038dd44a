// The "as of" date of the organisation pages, kept in the URL (?asOf=YYYY-MM-DD); today when absent.
import { todayInVietnam } from '@congdoan/domain';
import { useNavigate, useSearch } from '@tanstack/react-router';

export function useAsOf() {
  const search = useSearch({ strict: false }) as { asOf?: string };
  const navigate = useNavigate();
  const today = todayInVietnam();
  const asOf = search.asOf ?? today;
  const setAsOf = (value: string | null) =>
    navigate({
      to: '.',
      search: ((previous: Record<string, unknown>) => ({
        ...previous,
        asOf: value && value !== today ? value : undefined,
      })) as never,
    });
  return { asOf, today, isToday: asOf === today, setAsOf };
}
