/** Moving through the meeting: the filters and where the next, previous or resumed task is. */
import { type MeetingItem, choiceOf } from './items'

export type MeetingFilter = 'all' | 'undecided' | 'discuss'

export const FILTER_LABELS: Record<MeetingFilter, string> = {
  all: 'All tasks',
  undecided: 'Undecided',
  discuss: 'Discuss later',
}

export function matchesFilter(item: MeetingItem, filter: MeetingFilter): boolean {
  if (filter === 'all') return true
  return choiceOf(item) === filter
}

/**
 * The next (or previous) task matching the filter, from the current position. The current task
 * may itself no longer match (it was just decided), which is why this walks the full list.
 * Returns the current index when there is nowhere to go.
 */
export function stepIndex(items: readonly MeetingItem[], current: number, direction: 1 | -1, filter: MeetingFilter): number {
  for (let i = current + direction; i >= 0 && i < items.length; i += direction) {
    const item = items[i]
    if (item && matchesFilter(item, filter)) return i
  }
  return current
}

/** Where a meeting resumes when no position was kept: the first task without a final answer. */
export function firstOpenIndex(items: readonly MeetingItem[]): number {
  const i = items.findIndex((item) => choiceOf(item) === 'undecided')
  if (i >= 0) return i
  const d = items.findIndex((item) => choiceOf(item) === 'discuss')
  return d >= 0 ? d : 0
}

/** Position of a task in the list, falling back to the first open task when it is not there. */
export function resumeIndex(items: readonly MeetingItem[], taskId: string | null | undefined): number {
  if (taskId) {
    const i = items.findIndex((item) => item.task.id === taskId)
    if (i >= 0) return i
  }
  return firstOpenIndex(items)
}
