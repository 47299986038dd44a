// A filter for Mantine's selects that matches without accents, like the server's search.
import { normalizeForSearch } from '@congdoan/domain';
import type { ComboboxItem, OptionsFilter } from '@mantine/core';

export const accentFreeFilter: OptionsFilter = ({ options, search }) => {
  const needle = normalizeForSearch(search);
  return (options as ComboboxItem[]).filter((option) => normalizeForSearch(option.label).includes(needle));
};
