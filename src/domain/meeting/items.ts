/** The meeting's rows: a task with its decision, and the order the meeting walks them in. */
import { BUCKETS, type Bucket } from '../buckets'
import { type Decision, type DecisionChoice, type Task } from '../schemas'

/** One row of the meeting: a task and its decision in the open agreement (if any yet). */
export interface MeetingItem {
  task: Task
  decision: Decision | undefined
}

export const CHOICE_LABELS: Record<DecisionChoice, string> = {
  undecided: 'Undecided',
  will: 'Will do',
  wont: 'Won’t do',
  discuss: 'Discuss later',
}

export function choiceOf(item: MeetingItem): DecisionChoice {
  return item.decision?.choice ?? 'undecided'
}

/**
 * The meeting's list: tasks grouped by bucket (coaching, learning, other), then in catalog
 * order with custom tasks after. Archived tasks leave the list, except that a signed
 * agreement still shows the tasks it decided (its record must not change under it).
 */
export function orderMeetingItems(
  tasks: readonly Task[],
  decisions: readonly Decision[],
  options: { signed?: boolean } = {},
): MeetingItem[] {
  const byTask = new Map(decisions.map((d) => [d.taskId, d]))
  const bucketRank = (b: Bucket) => BUCKETS.indexOf(b)
  return tasks
    .filter((t) => !t.archived || (options.signed && byTask.has(t.id) && byTask.get(t.id)?.choice !== 'undecided'))
    .slice()
    .sort((a, b) => bucketRank(a.bucket) - bucketRank(b.bucket) || a.sortOrder - b.sortOrder || a.title.localeCompare(b.title))
    .map((task) => ({ task, decision: byTask.get(task.id) }))
}
