import type { Cycle, Edition, Principle } from './agreementWording'

/**
 * What each principle and the impact cycle mean, in the words of each edition (see
 * agreementWording.ts). Only the agreement's screens and the PDF read these.
 */

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

export const CYCLE_LABELS_V1: Record<Cycle, string> = {
  impact: 'The impact cycle: identify a goal, learn a strategy, improve until the goal is met',
  own: 'A coaching cycle we describe ourselves',
}
export const CYCLE_LABELS: Record<Cycle, string> = {
  impact:
    'The impact cycle: identify (a clear picture of current reality, a goal and a strategy to reach it), learn the strategy, improve until the goal is met',
  own: 'A coaching cycle we describe ourselves',
}

export const principleMeanings = (edition: Edition) => (edition === 1 ? PRINCIPLE_MEANINGS_V1 : PRINCIPLE_MEANINGS)
export const cycleLabels = (edition: Edition) => (edition === 1 ? CYCLE_LABELS_V1 : CYCLE_LABELS)
