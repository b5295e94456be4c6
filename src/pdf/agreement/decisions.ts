/** What the agreement PDF reads off the snapshot in more than one place: the tasks by decision, and short wordings. */
import { formatLongDate, toIsoDate } from '@/domain/dates'
import type { AgreementSnapshot, SnapshotTask } from '@/domain/agreementSnapshot'
import type { AgreementPdfInput } from '../agreementDocument'

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
export const signedOn = (a: AgreementSnapshot) => formatLongDate(toIsoDate(new Date(a.signedAt ?? 0)))

// The snapshot lists its tasks in the order they were shown, each with the decision about it.
export function decided(input: AgreementPdfInput): { will: SnapshotTask[]; wont: SnapshotTask[]; open: SnapshotTask[] } {
  const tasks = input.snapshot.tasks
  return {
    will: tasks.filter((t) => t.choice === 'will'),
    wont: tasks.filter((t) => t.choice === 'wont'),
    open: tasks.filter((t) => t.choice !== 'will' && t.choice !== 'wont'),
  }
}
