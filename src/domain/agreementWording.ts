/**
 * The app's own words in the agreement, by edition. A signed version shows the words of the
 * edition it was signed under (its snapshot says which), so rewording never changes a signed
 * version; drafts always read the current edition. The longer texts of each edition are in
 * agreementMeanings.ts, kept off the first screen.
 */

export const PRINCIPLES = ['equality', 'choice', 'voice', 'dialogue', 'reflection', 'praxis', 'reciprocity'] as const
export type Principle = (typeof PRINCIPLES)[number]

export const PRINCIPLE_LABELS: Record<Principle, string> = {
  equality: 'Equality',
  choice: 'Choice',
  voice: 'Voice',
  dialogue: 'Dialogue',
  reflection: 'Reflection',
  praxis: 'Praxis',
  reciprocity: 'Reciprocity',
}

export const CYCLES = ['impact', 'own'] as const
export type Cycle = (typeof CYCLES)[number]

/** The edition the words of a set of sections belong to: edition 2 is marked in the understanding section. */
export type Edition = 1 | 2
export const CURRENT_EDITION = 2 as const
export const editionOf = (s: { understanding: { edition?: 2 } }): Edition => s.understanding.edition ?? 1
