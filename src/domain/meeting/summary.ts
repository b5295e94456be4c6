/** The meeting summary (what the coach will and won't do) and the split it projects. */
import { BUCKETS, type Bucket, type Targets } from '../buckets'
import { projectSplit, type ProjectedSplit } from '../projection'
import { type Task } from '../schemas'
import { type MeetingItem, choiceOf } from './items'
import { type MeetingProgress, meetingProgress } from './progress'
import { decisionFields } from './undo'

export interface SummaryWillDo {
  task: Task
  weeklyHours: number | null
  note: string
}
export interface SummaryWontDo {
  task: Task
  insteadBy: string
  note: string
}

export interface MeetingSummary {
  willDo: Record<Bucket, SummaryWillDo[]>
  wontDo: SummaryWontDo[]
  undecided: Task[]
  discuss: Task[]
  progress: MeetingProgress
  projection: ProjectedSplit
}

export function summariseMeeting(items: readonly MeetingItem[], targets: Targets): MeetingSummary {
  const willDo: Record<Bucket, SummaryWillDo[]> = { coaching: [], learning: [], other: [] }
  const wontDo: SummaryWontDo[] = []
  const undecided: Task[] = []
  const discuss: Task[] = []
  for (const item of items) {
    const d = decisionFields(item.decision)
    if (d.choice === 'will') willDo[item.task.bucket].push({ task: item.task, weeklyHours: d.weeklyHours, note: d.note })
    else if (d.choice === 'wont') wontDo.push({ task: item.task, insteadBy: d.insteadBy, note: d.note })
    else if (d.choice === 'discuss') discuss.push(item.task)
    else undecided.push(item.task)
  }
  const planned = BUCKETS.flatMap((b) => willDo[b].map((w) => ({ bucket: b, weeklyHours: w.weeklyHours })))
  return { willDo, wontDo, undecided, discuss, progress: meetingProgress(items), projection: projectSplit(planned, targets) }
}

export function projectMeeting(items: readonly MeetingItem[], targets: Targets): ProjectedSplit {
  return projectSplit(
    items.filter((i) => choiceOf(i) === 'will').map((i) => ({ bucket: i.task.bucket, weeklyHours: i.decision?.weeklyHours ?? null })),
    targets,
  )
}
