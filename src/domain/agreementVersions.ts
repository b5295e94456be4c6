import { BUCKET_LABELS } from './buckets'
import {
  PRINCIPLES,
  PRINCIPLE_LABELS,
  policyLabel,
  readSections,
  SECTION_IDS,
  SECTION_TITLES,
  policyStatement,
  type SectionId,
} from './agreementSections'
import { CHOICE_LABELS, describeSection } from './agreementText'
import { formatHours } from './hours'
import type { Agreement, AgreementSnapshot, Decision, SnapshotTask, Task } from './schemas'
import { openTasks } from './openTasks'

export { openTasks }

/**
 * Versions of the agreement: what must be true before signing, how a revision starts, and
 * what changed between any two versions. Pure: the database module applies the results.
 */

export interface SignInput {
  coachName: string
  principalName: string
  /** Both agree to sign while some tasks are still open. */
  openItemsAccepted: boolean
}

export type SignField = 'coachName' | 'principalName' | 'openItemsAccepted' | 'principles' | 'confidentiality' | 'decisions' | 'status'
export interface SignProblem {
  field: SignField
  message: string
}

export const POLICY_NOT_CHOSEN =
  'Choose a confidentiality policy before signing: teachers need to know what the coach will and will not share.'
export const OWN_POLICY_UNWRITTEN = 'Write your own confidentiality policy, or choose one of the other two.'

export function signProblems(
  agreement: Agreement,
  input: SignInput,
  tasks: readonly Task[],
  decisions: readonly Decision[],
): SignProblem[] {
  if (agreement.status === 'signed')
    return [{ field: 'status', message: `Version ${agreement.version} is already signed. Use “Revise” to start a new draft.` }]
  const problems: SignProblem[] = []
  if (!input.coachName.trim()) problems.push({ field: 'coachName', message: 'The coach must type their name to sign.' })
  if (!input.principalName.trim()) problems.push({ field: 'principalName', message: 'The principal must type their name to sign.' })
  const decided = decisions.some((d) => d.choice === 'will' || d.choice === 'wont')
  if (!decided)
    problems.push({
      field: 'decisions',
      message: 'No task has been decided yet. Hold the meeting and decide will or won’t for the tasks first.',
    })
  const open = openTasks(tasks, decisions).length
  if (open > 0 && !input.openItemsAccepted) {
    problems.push({
      field: 'openItemsAccepted',
      message: `${open} task${open === 1 ? ' is' : 's are'} still undecided or marked “discuss later”. Decide ${open === 1 ? 'it' : 'them'} in the meeting, or tick the box to sign with ${open === 1 ? 'it' : 'them'} left open.`,
    })
  }
  const sections = readSections(agreement.sections)
  const undecided = PRINCIPLES.filter((p) => sections.principles[p].agreed === null)
  if (undecided.length) {
    const names = undecided.map((p) => PRINCIPLE_LABELS[p]).join(', ')
    problems.push({
      field: 'principles',
      message: `Mark each partnership principle agreed or not agreed before signing. Still undecided: ${names}.`,
    })
  }
  if (sections.confidentiality.policy === null) {
    problems.push({ field: 'confidentiality', message: POLICY_NOT_CHOSEN })
  } else if (sections.confidentiality.policy === 'own' && !sections.confidentiality.ownWording.trim()) {
    problems.push({ field: 'confidentiality', message: OWN_POLICY_UNWRITTEN })
  }
  return problems
}

type Unstamped<T> = Omit<T, 'createdAt' | 'updatedAt'>

/** A new draft from a signed version: same sections, targets and decisions; no signatures. */
export function revisedDraft(
  from: Agreement,
  fromDecisions: readonly Decision[],
  nextVersion: number,
  newId: () => string,
): { agreement: Unstamped<Agreement>; decisions: Unstamped<Decision>[] } {
  const id = newId()
  const agreement: Unstamped<Agreement> = {
    id,
    schoolId: from.schoolId,
    schoolYearId: from.schoolYearId,
    version: nextVersion,
    status: 'draft',
    meeting: { ...from.meeting },
    targets: { ...from.targets },
    openItemsAccepted: false,
    sections: structuredClone(from.sections),
    signatures: { coach: null, principal: null },
    signedAt: null,
    basedOnId: from.id,
  }
  const decisions = fromDecisions.map((d) => ({
    id: newId(),
    agreementId: id,
    taskId: d.taskId,
    choice: d.choice,
    note: d.note,
    insteadBy: d.insteadBy,
    weeklyHours: d.weeklyHours,
    decidedAt: d.decidedAt,
  }))
  return { agreement, decisions }
}

export interface Change {
  label: string
  from: string
  to: string
}
export interface DecisionChange extends Change {
  taskId: string
}
export interface SectionChanges {
  id: SectionId
  title: string
  changes: Change[]
}

export interface VersionComparison {
  decisions: DecisionChange[]
  targets: Change[]
  /** Null when the confidentiality policy reads the same in both versions. */
  policy: Change | null
  sections: SectionChanges[]
  /** True when nothing at all differs. */
  same: boolean
}

const NONE = '(nothing)'

function decisionSummary(t: SnapshotTask | undefined): string {
  if (!t) return 'Not on the list'
  const parts = [CHOICE_LABELS[t.choice]]
  if (t.choice === 'will' && t.weeklyHours !== null) parts.push(`${formatHours(t.weeklyHours)} h/week`)
  if (t.choice === 'wont' && t.insteadBy.trim()) parts.push(`instead: ${t.insteadBy.trim()}`)
  if (t.note.trim()) parts.push(`note: ${t.note.trim()}`)
  return parts.join(', ')
}

const taskName = (t: SnapshotTask) => `${t.title} (${BUCKET_LABELS[t.bucket]})`
const taskWords = (t: SnapshotTask) => (t.description.trim() ? `${taskName(t)}: “${t.description.trim()}”` : taskName(t))

/**
 * What changed going from version `a` to version `b`, read from their snapshots only: each
 * version names its tasks as it showed them, so a task renamed, re-bucketed or reworded
 * between the two shows as a change with both wordings.
 */
export function compareVersions(a: AgreementSnapshot, b: AgreementSnapshot): VersionComparison {
  const aBy = new Map(a.tasks.map((t) => [t.taskId, t]))
  const bBy = new Map(b.tasks.map((t) => [t.taskId, t]))
  const order = [...new Set([...b.tasks.map((t) => t.taskId), ...a.tasks.map((t) => t.taskId)])]
  const decisions: DecisionChange[] = []
  for (const taskId of order) {
    const x = aBy.get(taskId)
    const y = bBy.get(taskId)
    const reworded = x && y && taskWords(x) !== taskWords(y)
    const from = reworded ? `${taskWords(x)} — ${decisionSummary(x)}` : decisionSummary(x)
    const to = reworded ? `${taskWords(y)} — ${decisionSummary(y)}` : decisionSummary(y)
    if (from === to) continue
    decisions.push({ taskId, label: taskName((y ?? x)!), from, to })
  }

  const targets: Change[] = []
  if (a.targets.coachingPct !== b.targets.coachingPct) {
    targets.push({ label: 'Coaching target', from: `${a.targets.coachingPct}%`, to: `${b.targets.coachingPct}%` })
  }
  if (a.targets.learningPct !== b.targets.learningPct) {
    targets.push({ label: 'Professional learning target', from: `${a.targets.learningPct}%`, to: `${b.targets.learningPct}%` })
  }

  const sa = a.sections
  const sb = b.sections
  const ca = sa.confidentiality
  const cb = sb.confidentiality
  const policy =
    ca.policy !== cb.policy || policyStatement(ca) !== policyStatement(cb)
      ? {
          label: 'Confidentiality policy',
          from: `${policyLabel(ca)}. ${policyStatement(ca) || NONE}`,
          to: `${policyLabel(cb)}. ${policyStatement(cb) || NONE}`,
        }
      : null

  const sections: SectionChanges[] = []
  for (const id of SECTION_IDS) {
    if (id === 'confidentiality') continue
    const la = new Map(describeSection(id, sa).map((l) => [l.key, l]))
    const lb = new Map(describeSection(id, sb).map((l) => [l.key, l]))
    const changes: Change[] = []
    for (const key of new Set([...la.keys(), ...lb.keys()])) {
      const x = la.get(key)
      const y = lb.get(key)
      if (x?.value === y?.value && x?.label === y?.label) continue
      // A reworded line (e.g. an own commitment) shows its words on both sides.
      const reworded = x && y && x.label !== y.label
      const show = (l: { label: string; value: string }) => (reworded ? `${l.label}: ${l.value || NONE}` : l.value || NONE)
      changes.push({
        label: y?.label ?? x?.label ?? key,
        from: x ? show(x) : 'Not in this version',
        to: y ? show(y) : 'Removed',
      })
    }
    if (changes.length) sections.push({ id, title: SECTION_TITLES[id], changes })
  }
  return { decisions, targets, policy, sections, same: !decisions.length && !targets.length && !policy && !sections.length }
}
