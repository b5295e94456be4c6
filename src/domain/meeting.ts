import { BUCKETS, type Bucket, type Targets } from './buckets'
import { formatHours } from './hours'
import { projectSplit, type ProjectedSplit } from './projection'
import { type Agreement, type Decision, type DecisionChoice, type Task } from './schemas'

/** One row of the meeting: a task and its decision in the open agreement (if any yet). */
export interface MeetingItem {
  task: Task
  decision: Decision | undefined
}

export type MeetingFilter = 'all' | 'undecided' | 'discuss'

export const FILTER_LABELS: Record<MeetingFilter, string> = {
  all: 'All tasks',
  undecided: 'Undecided',
  discuss: 'Discuss later',
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

export interface MeetingProgress {
  total: number
  /** Will do or won't do: a final answer. */
  decided: number
  undecided: number
  discuss: number
}

/** Will or won't is a final answer; anything else leaves the task open. */
export function isOpenChoice(choice: DecisionChoice): boolean {
  return choice !== 'will' && choice !== 'wont'
}

export function meetingProgress(items: readonly MeetingItem[]): MeetingProgress {
  const p: MeetingProgress = { total: items.length, decided: 0, undecided: 0, discuss: 0 }
  for (const item of items) {
    const c = choiceOf(item)
    if (c === 'will' || c === 'wont') p.decided += 1
    else if (c === 'discuss') p.discuss += 1
    else p.undecided += 1
  }
  return p
}

export function progressText(p: MeetingProgress): string {
  return `${p.decided} of ${p.total} decided`
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

// ---------------------------------------------------------------------------------------------
// Undo: the UI keeps a stack of what each decision looked like before it was changed.

/** The editable part of a decision; what undo restores. */
export interface DecisionFields {
  choice: DecisionChoice
  note: string
  insteadBy: string
  weeklyHours: number | null
}

export const EMPTY_DECISION: Readonly<DecisionFields> = Object.freeze({ choice: 'undecided', note: '', insteadBy: '', weeklyHours: null })

export function decisionFields(decision: Decision | undefined): DecisionFields {
  if (!decision) return { ...EMPTY_DECISION }
  return { choice: decision.choice, note: decision.note, insteadBy: decision.insteadBy, weeklyHours: decision.weeklyHours }
}

export interface UndoEntry {
  agreementId: string
  taskId: string
  taskTitle: string
  before: DecisionFields
}

export const UNDO_LIMIT = 100

export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  return [...stack, entry].slice(-UNDO_LIMIT)
}

// ---------------------------------------------------------------------------------------------
// Input parsing: what people type, checked before anything is saved.

export { parseWeeklyHours, type WeeklyHoursParseResult as HoursInput } from './hours'

/** Hours as they appear in the input: "" for not estimated. */
export function hoursText(hours: number | null | undefined): string {
  return hours === null || hours === undefined ? '' : formatHours(hours)
}

// ---------------------------------------------------------------------------------------------
// "Who instead" suggestions.

/** Common answers offered before the meeting has produced any of its own. */
export const DEFAULT_INSTEAD_SUGGESTIONS: readonly string[] = Object.freeze([
  'Principal',
  'Assistant principal',
  'Classroom teachers',
  'Grade-level team leads',
  'Office staff',
  'Counselor',
  'Testing coordinator',
  'Interventionist',
  'Technology coordinator',
  'No one: the school stops doing it',
])

/**
 * Suggestions for "who will do it instead": earlier answers first (most used first), then the
 * defaults, without duplicates (ignoring case), narrowed to those containing `query`.
 */
export function insteadSuggestions(earlierAnswers: readonly string[], query = '', limit = 12): string[] {
  const counts = new Map<string, { text: string; n: number }>()
  for (const raw of earlierAnswers) {
    const text = raw.trim()
    if (!text) continue
    const key = text.toLocaleLowerCase()
    const seen = counts.get(key)
    if (seen) seen.n += 1
    else counts.set(key, { text, n: 1 })
  }
  const earlier = [...counts.values()].sort((a, b) => b.n - a.n || a.text.localeCompare(b.text)).map((e) => e.text)
  const all = [...earlier, ...DEFAULT_INSTEAD_SUGGESTIONS.filter((s) => !counts.has(s.toLocaleLowerCase()))]
  const q = query.trim().toLocaleLowerCase()
  return all.filter((s) => !q || (s.toLocaleLowerCase().includes(q) && s.toLocaleLowerCase() !== q)).slice(0, limit)
}

// ---------------------------------------------------------------------------------------------
// Summary and readiness to sign.

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

export interface SigningReadiness {
  undecided: number
  discuss: number
  /** True when open items remain and nobody has chosen to leave them open. */
  blocked: boolean
  /** One sentence describing what stands between the meeting and signing. */
  message: string
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export function signingReadiness(progress: MeetingProgress, openItemsAccepted: boolean): SigningReadiness {
  const { undecided, discuss } = progress
  const open = undecided + discuss
  const parts = [undecided && `${plural(undecided, 'task')} undecided`, discuss && `${plural(discuss, 'task')} marked for discussion`]
    .filter(Boolean)
    .join(' and ')
  if (open === 0) return { undecided, discuss, blocked: false, message: 'Every task has a decision. The agreement is ready to sign.' }
  if (openItemsAccepted)
    return {
      undecided,
      discuss,
      blocked: false,
      message: `${parts}: you chose to leave ${open === 1 ? 'it' : 'them'} open, so the agreement can be signed.`,
    }
  return {
    undecided,
    discuss,
    blocked: true,
    message: `${parts}: resolve ${open === 1 ? 'it' : 'them'} or explicitly leave ${open === 1 ? 'it' : 'them'} open before signing.`,
  }
}

/** Custom task titles must be unique (ignoring case and spacing) so the lists stay unambiguous. */
export function normaliseTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase()
}

/**
 * The first draft of an agreement for a school and school year: version 1, meeting names of the
 * coach and the principal, the default targets, no sections yet and nothing signed. The meeting
 * shows this before anything is stored and stores it with the first change.
 */
export function firstDraftAgreement(input: {
  id: string
  schoolId: string
  schoolYearId: string
  coachName: string
  principalName: string
  targets: Targets
  date: string | null
  now: number
}): Agreement {
  return {
    id: input.id,
    schoolId: input.schoolId,
    schoolYearId: input.schoolYearId,
    version: 1,
    status: 'draft',
    meeting: { coachName: input.coachName, principalName: input.principalName, date: input.date },
    targets: { ...input.targets },
    openItemsAccepted: false,
    sections: {},
    signatures: { coach: null, principal: null },
    signedAt: null,
    basedOnId: null,
    createdAt: input.now,
    updatedAt: input.now,
  }
}
