import { Pagination } from '@mantine/core';

/**
 * The page links under a paged list: nothing when everything fits on one page, and the current page kept
 * within the last one (a filter that shrinks the list must not leave the links pointing past its end).
 */
export function PageNav({
  total,
  pageSize,
  page,
  onChange,
  testId,
}: {
  /** rows in the whole list, as the server counted them */
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
  testId?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Pagination
      total={pages}
      value={Math.min(page, pages)}
      onChange={onChange}
      size="sm"
      data-testid={testId}
    />
  );
}
