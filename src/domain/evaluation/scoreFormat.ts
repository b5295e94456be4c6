/**
 * How an evaluation figure reads: two decimals, always ("4.00"), because gaps are worked out at that
 * precision and a marked gap must show in the figures beside it. Scores are not hours, so they have
 * their own format (hours.ts keeps the one hours format).
 */
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

export const formatScore = (value: number): string => TWO_DECIMALS.format(value)
