/**
 * The dashboard's period choices, apart from the rules that resolve them (period.ts): the router reads
 * them from the address on every screen, so they stay small.
 */
export const PERIOD_KINDS = ['month', 'term', 'year', 'custom'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

export interface PeriodChoice {
  kind: PeriodKind
  /** Only for `custom`: first and last day, as typed (may be empty or invalid). */
  from?: string
  to?: string
}
