// The roll-up of report figures up the union tree: additive figures are summed, ratios are recomputed from
// the summed numerator and denominator, so a superior union's figures never depend on how its children
// happen to be split.
import type { Indicator } from './indicators.ts';
import { findIndicator } from './indicators.ts';

/** A unit's figures by indicator code; null or absent when the unit has no figure. */
export type IndicatorValues = Record<string, number | null | undefined>;

export interface RollUp {
  /**
   * indicator code → the rolled-up figure, null when nobody had one (or a ratio's denominator is 0); it also
   * holds the sums of ratio operands that are not among the indicators, so the roll-up can roll up again.
   */
  values: Record<string, number | null>;
  /** indicator code → how many children had a figure (for a ratio: both numerator and denominator) */
  childrenReporting: Record<string, number>;
}

/** The additive codes a set of indicators needs: its sums, and the operands of its ratios. */
function additiveCodes(indicators: readonly Indicator[]): string[] {
  const codes = new Set<string>();
  for (const indicator of indicators) {
    if (indicator.aggregation === 'sum') codes.add(indicator.code);
    else codes.add(indicator.numerator).add(indicator.denominator);
  }
  return [...codes];
}

/** A ratio of two rolled-up figures; money ratios (an average wage) are whole đồng. */
export function ratioValue(
  indicator: Indicator,
  numerator: number | null | undefined,
  denominator: number | null | undefined,
): number | null {
  if (numerator == null || denominator == null || denominator === 0) return null;
  const quotient = numerator / denominator;
  return indicator.measure === 'dong' ? Math.round(quotient) : quotient;
}

/** Sums null-aware: blank + blank is blank, blank + 3 is 3. */
function addFigures(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null) return b ?? null;
  if (b == null) return a;
  return a + b;
}

/** The sums as they are, and the ratios of `indicators` recomputed over them. */
function withRatios(indicators: readonly Indicator[], sums: Map<string, number | null>) {
  const values: Record<string, number | null> = Object.fromEntries(sums);
  for (const indicator of indicators) {
    if (indicator.aggregation !== 'ratio') continue;
    values[indicator.code] = ratioValue(
      indicator,
      sums.get(indicator.numerator),
      sums.get(indicator.denominator),
    );
  }
  return values;
}

/**
 * The parent's figures from its children's. Children's own ratio figures are ignored: a ratio is always
 * recomputed, even when its numerator or denominator is not itself among `indicators`.
 */
export function rollUp(children: readonly IndicatorValues[], indicators: readonly Indicator[]): RollUp {
  const sums = new Map<string, number | null>();
  const reporting = new Map<string, number>();
  for (const code of additiveCodes(indicators)) {
    let total: number | null = null;
    let count = 0;
    for (const child of children) {
      const figure = child[code];
      if (figure == null) continue;
      total = (total ?? 0) + figure;
      count += 1;
    }
    sums.set(code, total);
    reporting.set(code, count);
  }
  const childrenReporting: Record<string, number> = {};
  for (const indicator of indicators) {
    childrenReporting[indicator.code] =
      indicator.aggregation === 'sum'
        ? (reporting.get(indicator.code) ?? 0)
        : children.filter(
            (child) => child[indicator.numerator] != null && child[indicator.denominator] != null,
          ).length;
  }
  return { values: withRatios(indicators, sums), childrenReporting };
}

/**
 * The figures of a unit that reports its own figures (members attached to it directly, its own care
 * spending) besides its children's roll-up: sums added, ratios recomputed over the combined sums.
 */
export function combineRollUp(
  own: IndicatorValues,
  children: RollUp,
  indicators: readonly Indicator[],
): RollUp {
  const sums = new Map<string, number | null>();
  for (const code of additiveCodes(indicators)) {
    sums.set(code, addFigures(own[code], children.values[code]));
  }
  return { values: withRatios(indicators, sums), childrenReporting: { ...children.childrenReporting } };
}

/** The catalog entries of some codes, in the order given; unknown codes are an error of the caller. */
export function indicatorsOf(codes: readonly string[]): Indicator[] {
  return codes.map((code) => {
    const indicator = findIndicator(code);
    if (!indicator) throw new Error(`Unknown indicator ${code}`);
    return indicator;
  });
}
