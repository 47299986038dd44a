// Hà Nội's emulation clusters 1–7: in 2024 the districts and sector unions grouped by area, from 2025 the
// commune unions and the superior units that remained after the restructuring.
import { DEFAULT_UNIT_TYPES } from '@congdoan/domain';
import { districtCode } from './hanoi.ts';
import { LONG_BIEN } from './longbien.ts';
import { RESTRUCTURING_DATE, type SimulatedTree } from './plan.ts';

export interface ClusterSpec {
  /** Code of the unit whose peers the cluster groups. */
  parent: string;
  year: number;
  name: string;
  members: string[];
}

const CLUSTER_COUNT = 7;
const SUPERIOR_TYPES = new Set(DEFAULT_UNIT_TYPES.filter((type) => type.tier === 2).map((type) => type.code));

const byArea2024: string[][] = [
  ['BD', 'HK', 'TH'].map((slug) => districtCode({ slug })),
  ['DD', 'HBT', 'TX'].map((slug) => districtCode({ slug })),
  ['CG', 'NTL', 'BTL'].map((slug) => districtCode({ slug })),
  ['HM', 'TT', 'HD'].map((slug) => districtCode({ slug })),
  [LONG_BIEN.code, ...['GL', 'DA', 'SS'].map((slug) => districtCode({ slug }))],
  ['CDVC-HN', 'CDN-GD-HN'],
  ['CDN-GTVT-HN', 'CD-KCN-HN'],
];

const clusterName = (index: number) => `Cụm thi đua số ${index + 1}`;

export function planClusters(tree: SimulatedTree, parent: string): ClusterSpec[] {
  const clusters: ClusterSpec[] = byArea2024.map((members, index) => ({
    parent,
    year: 2024,
    name: clusterName(index),
    members,
  }));
  // From the second half of 2025 the peers are the commune unions and what was left, in founding order.
  const peers = tree
    .childrenAt(parent, RESTRUCTURING_DATE)
    .filter((unit) => SUPERIOR_TYPES.has(unit.type))
    .map((unit) => unit.code);
  const size = Math.ceil(peers.length / CLUSTER_COUNT);
  for (const year of [2025, 2026]) {
    for (let index = 0; index < CLUSTER_COUNT; index++) {
      clusters.push({
        parent,
        year,
        name: clusterName(index),
        members: peers.slice(index * size, (index + 1) * size),
      });
    }
  }
  for (const cluster of clusters) {
    const on = cluster.year === 2024 ? '2024-12-31' : RESTRUCTURING_DATE;
    for (const member of cluster.members) {
      if (tree.at(member, on)?.parent !== parent)
        throw new Error(`${member} is not under ${parent} on ${on}`);
    }
  }
  return clusters;
}
