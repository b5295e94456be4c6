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

/** What the principal may commit to; none is ticked until the two agree on it. */
export const DEFAULT_COMMITMENTS: ReadonlyArray<{ id: string; text: string }> = [
  { id: 'say-publicly', text: 'Say publicly, at staff meetings and in newsletters, that coaching matters and why.' },
  { id: 'observe-model-lessons', text: 'Observe some of the coach’s model lessons.' },
  { id: 'invite-sharing', text: 'Invite teachers to share their coaching experiences with colleagues.' },
  { id: 'be-coached', text: 'Be coached too, for example on video of a lesson the principal teaches.' },
  { id: 'protect-time', text: 'Protect coaching time: do not ask for the tasks agreed as won’t-do, and help the coach say no to them.' },
  { id: 'meet-regularly', text: 'Meet with the coach regularly to review the time log and remove obstacles.' },
  { id: 'learn-coaching', text: 'Learn how coaching works: the coaching cycle, listening and questioning, and high-impact teaching.' },
  { id: 'not-a-consequence', text: 'Never present coaching as a consequence or a remedy for poor performance.' },
  { id: 'no-evaluative-questions', text: 'Never ask the coach for evaluative information about teachers.' },
  { id: 'coaching-training', text: 'Take part in training on coaching.' },
]
