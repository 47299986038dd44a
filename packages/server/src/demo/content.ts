// The whole demo as data: every dated step, the emulation clusters and the accounts, checked by replaying
// the steps in memory before any of it is written.

import { type ClusterSpec, planClusters } from './clusters.ts';
import { planHanoi } from './hanoi.ts';
import { HANOI } from './hanoi-data.ts';
import { planLongBien } from './longbien.ts';
import { NameBook } from './names.ts';
import { DecisionNumbers, DemoPlan, type PlanStep, SimulatedTree } from './plan.ts';
import { planGeneratedProvince, planProvincialFederations } from './provinces.ts';
import { PROVINCES_2025 } from './provinces-data.ts';

export interface DemoContent {
  steps: PlanStep[];
  clusters: ClusterSpec[];
  /** The tree the steps produce, for tests and for choosing cluster members. */
  tree: SimulatedTree;
}

export function buildDemoContent(grassrootsPerProvince: number): DemoContent {
  const plan = new DemoPlan();
  const names = new NameBook();
  const decisions = new DecisionNumbers();
  planProvincialFederations(plan, decisions);
  // the hand-named units first, so that generated names keep clear of them
  planLongBien(plan, names, decisions);
  planHanoi(plan, names, decisions);
  for (const merged of PROVINCES_2025) {
    if (merged.survivor.name === 'Hà Nội') continue;
    planGeneratedProvince(plan, merged, grassrootsPerProvince, names, decisions);
  }
  const steps = plan.ordered();
  const tree = new SimulatedTree(steps);
  return { steps, clusters: planClusters(tree, HANOI.code), tree };
}
