// What a record's page shows while the record loads: its title, a line under it, and the body.
import { Paper, Skeleton } from '@mantine/core';

export function PageSkeleton() {
  return (
    <Paper withBorder radius="md" p="md">
      <Skeleton h={28} w="60%" mb="sm" />
      <Skeleton h={16} w="40%" mb="lg" />
      <Skeleton h={180} />
    </Paper>
  );
}
