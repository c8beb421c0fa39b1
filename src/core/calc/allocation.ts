/** The resource formula (NPF 2021 §5.1) and the management fee (§5.4). */
import type { RulebookValues } from '../rulebook';

/**
 * Uplift level of a share in 10% bands: 0–10% = 1, 11–20% = 2, … 91–100% = 10
 * (`max(1, ceil(percent / band))`), from a fraction in [0, 1].
 */
export function upliftLevel(fraction: number, bandPercent: number): number {
  // Round away floating-point noise first: 0.3 × 100 is 30.000000000000004.
  const percent = Math.round(fraction * 100 * 1e9) / 1e9;
  return Math.max(1, Math.ceil(percent / bandPercent));
}

/** SYV provision: level × 5% (NPF 2021 §5.1); 0 when there is no SYV data. */
export function syvProvision(share: number | null, rb: RulebookValues): number {
  return share === null ? 0 : upliftLevel(share, rb.syvBandPercent) * rb.syvProvisionPerLevel;
}

/** Deprivation provision, banded like SYV (Assumption A1); 0 when there is no data. */
export function deprivationProvision(index: number | null, rb: RulebookValues): number {
  return index === null ? 0 : upliftLevel(index, rb.deprivationBandPercent) * rb.deprivationProvisionPerLevel;
}

/**
 * PO FTE for a YOT: `max(0.5, caseload/20 × (1 + SYV provision + deprivation provision))`.
 * @example formulaFte(12, null, null) //=> 0.6
 * @example formulaFte(20, 0.15, null) //=> 1.1 (SYV level 2 = 10%)
 */
export function formulaFte(caseload: number, syvShare: number | null, deprivationIndex: number | null, rb: RulebookValues): number {
  const base = caseload / rb.caseloadPerFte;
  const fte = base * (1 + syvProvision(syvShare, rb) + deprivationProvision(deprivationIndex, rb));
  return Math.max(rb.minimumPoFte, Math.round(fte * 1e9) / 1e9);
}

/** PSO FTE for a PDU: `max(0.2, 0.3 × YOTs)` (NPF 2021 §5.1; Assumption A2). */
export function psoFteForPdu(yotCount: number, rb: RulebookValues): number {
  return Math.max(rb.minimumPsoFtePerPdu, Math.round(rb.psoFtePerYot * yotCount * 1e9) / 1e9);
}

/** Deprivation index: the mean of 6 (England) or 7 (Wales) factor scores, equal weighting (NPF 2021 §5.1). */
export function deprivationIndex(factors: readonly number[]): number {
  // Rounded to 12 places so 0.1…0.6 averages to exactly 0.35, as Excel would show and compare it.
  return Math.round((factors.reduce((a, b) => a + b, 0) / factors.length) * 1e12) / 1e12;
}

/** Management fee for a role, by head (NPF 2021 §5.4): £5,000 per PO; PSOs and police officers none. */
export function managementFee(role: 'PO' | 'PSO' | 'Police Officer', headcount: number, rb: RulebookValues): number {
  return role === 'PO' ? rb.managementFeePerPo * headcount : 0;
}

/**
 * How YOT names are matched between tables: trimmed, spaces collapsed, case
 * ignored, so "Bolton YOT" in Allocations is "BOLTON  YOT" in the register.
 */
export function yotKey(name: string): string {
  // A register names its ~150 YOTs and ~110 PDUs over and over (several times a row across
  // the rules): each spelling is keyed once. Bounded, so no input can grow it without limit.
  let k = yotKeys.get(name);
  if (k === undefined) {
    k = name.trim().replace(/\s+/g, ' ').toUpperCase();
    if (yotKeys.size >= 4096) yotKeys.clear();
    yotKeys.set(name, k);
  }
  return k;
}
const yotKeys = new Map<string, string>();
