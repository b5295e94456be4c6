import { agreement, decision, school, schoolYear, task } from '../fixtures/agreement'

/**
 * Issue 12: an agreement whose estimates are quarter hours. Professional learning is
 * 1.25 + 0.25 + 0.25 + 0.25 = 2 h a week; the app once showed those rows as 1.3 and 0.3.
 */
export const quarterTasks = [
  task('q-cycles', 'Impact cycles with teachers', 'coaching', 1),
  task('q-book', 'Book study', 'learning', 2),
  task('q-conf', 'Coaching conference', 'learning', 3),
  task('q-peer', 'Peer coaching', 'learning', 4),
  task('q-video', 'Watching own video', 'learning', 5),
  task('q-duty', 'Bus duty', 'other', 6),
]
export const quarterDecisions = [
  decision('a-1', 'q-cycles', 'will', { weeklyHours: 12.75 }),
  decision('a-1', 'q-book', 'will', { weeklyHours: 1.25 }),
  decision('a-1', 'q-conf', 'will', { weeklyHours: 0.25 }),
  decision('a-1', 'q-peer', 'will', { weeklyHours: 0.25 }),
  decision('a-1', 'q-video', 'will', { weeklyHours: 0.25 }),
  decision('a-1', 'q-duty', 'will', { weeklyHours: 0.75 }),
]
export const quarterAgreement = agreement()
export { school, schoolYear }
