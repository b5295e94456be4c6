/**
 * The app's own words in the agreement, by edition. A signed version shows the words of the
 * edition it was signed under (its snapshot says which), so rewording here never changes a
 * signed version; drafts always read the current edition.
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

/** Edition 1: the first release, before a snapshot carried an edition. */
export const PRINCIPLE_MEANINGS_V1: Record<Principle, string> = {
  equality: 'Teachers and coach are partners; neither is the other’s boss.',
  choice: 'Teachers choose their goals and the strategies they try.',
  voice: 'Teachers’ views shape the coaching and are taken seriously.',
  dialogue: 'Conversations think things through together rather than tell.',
  reflection: 'Teachers have room to consider ideas and decide for themselves.',
  praxis: 'What is learned gets used in real lessons with real students.',
  reciprocity: 'The coach learns from teachers as much as teachers learn from the coach.',
}

/** Edition 2: each principle as it is meant. */
export const PRINCIPLE_MEANINGS: Record<Principle, string> = {
  equality: 'Teacher and coach are equal partners: what the teacher knows counts as much as what the coach knows.',
  choice: 'Teachers choose what they learn and how they learn it, from their goal to the strategies they try.',
  voice: 'Teachers say what they think of the coaching and of each idea, and what they say changes what happens.',
  dialogue: 'Teacher and coach think together; the coach listens and asks more than they tell.',
  reflection: 'Teachers weigh ideas for themselves and decide what to take up, reject or change.',
  praxis: 'Ideas are reshaped to fit the teacher’s own classroom and students, and put to use there.',
  reciprocity: 'The coach learns from each teacher, just as the teacher learns from the coach.',
}

export const CYCLES = ['impact', 'own'] as const
export type Cycle = (typeof CYCLES)[number]
export const CYCLE_LABELS_V1: Record<Cycle, string> = {
  impact: 'The impact cycle: identify a goal, learn a strategy, improve until the goal is met',
  own: 'A coaching cycle we describe ourselves',
}
export const CYCLE_LABELS: Record<Cycle, string> = {
  impact: 'The impact cycle: identify (a clear picture of current reality, a goal and a strategy to reach it), learn the strategy, improve until the goal is met',
  own: 'A coaching cycle we describe ourselves',
}

/** The edition the words of a set of sections belong to: edition 2 is marked in the understanding section. */
export type Edition = 1 | 2
export const CURRENT_EDITION = 2 as const
export const editionOf = (s: { understanding: { edition?: 2 } }): Edition => s.understanding.edition ?? 1

export const principleMeanings = (edition: Edition) => (edition === 1 ? PRINCIPLE_MEANINGS_V1 : PRINCIPLE_MEANINGS)
export const cycleLabels = (edition: Edition) => (edition === 1 ? CYCLE_LABELS_V1 : CYCLE_LABELS)

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
