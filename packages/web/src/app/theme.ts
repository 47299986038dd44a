// The look: calm, the union blue as primary colour, the Be Vietnam Pro font (made for Vietnamese).
import { Badge, createTheme, type MantineColorsTuple } from '@mantine/core';

const union: MantineColorsTuple = [
  '#e8f1ff',
  '#d0e0fb',
  '#a0bef2',
  '#6c9aea',
  '#417ce3',
  '#2769df',
  '#1660de',
  '#0650c6',
  '#0047b2',
  '#003d9e',
];

const font = '"Be Vietnam Pro", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const theme = createTheme({
  primaryColor: 'union',
  primaryShade: 7,
  colors: { union },
  fontFamily: font,
  headings: { fontFamily: font, fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // Vietnamese reads better without capitals shouting in every badge; badge labels are short and are
    // never cut to an ellipsis by a narrow table column.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none', minWidth: 'max-content' } } }),
  },
});
