import { BUCKET_LABELS } from './buckets'
import { POLICY_LABELS, readSections, SECTION_IDS, SECTION_TITLES, policyStatement, type SectionId } from './agreementSections'
import { CHOICE_LABELS, describeSection } from './agreementText'
import { formatHours } from './hours'
import type { Agreement, Decision, Task } from './schemas'

/**
 * Versions of the agreement: what must be true before signing, how a revision starts, and
 * what changed between any two versions. Pure: the database module applies the results.
 */

/** Active tasks still undecided or marked "discuss later" (a task without a decision counts as undecided). */
export function openTasks(tasks: readonly Task[], decisions: readonly Decision[]): Task[] {
  const byTask = new Map(decisions.map((d) => [d.taskId, d]))
  return tasks.filter((t) => {
    if (t.archived) return false
    const choice = byTask.get(t.id)?.choice ?? 'undecided'
    return choice === 'undecided' || choice === 'discuss'
  })
}

export interface SignInput {
  coachName: string
  principalName: string
  /** Both agree to sign while some tasks are still open. */
  openItemsAccepted: boolean
}

export type SignField = 'coachName' | 'principalName' | 'openItemsAccepted' | 'confidentiality' | 'decisions' | 'status'
export interface SignProblem { field: SignField; message: string }

export function signProblems(agreement: Agreement, input: SignInput, tasks: readonly Task[], decisions: readonly Decision[]): SignProblem[] {
  if (agreement.status === 'signed') return [{ field: 'status', message: `Version ${agreement.version} is already signed. Use “Revise” to start a new draft.` }]
  const problems: SignProblem[] = []
  if (!input.coachName.trim()) problems.push({ field: 'coachName', message: 'The coach must type their name to sign.' })
  if (!input.principalName.trim()) problems.push({ field: 'principalName', message: 'The principal must type their name to sign.' })
  const decided = decisions.some((d) => d.choice === 'will' || d.choice === 'wont')
  if (!decided) problems.push({ field: 'decisions', message: 'No task has been decided yet. Hold the meeting and decide will or won’t for the tasks first.' })
  const open = openTasks(tasks, decisions).length
  if (open > 0 && !input.openItemsAccepted) {
    problems.push({
      field: 'openItemsAccepted',
      message: `${open} task${open === 1 ? ' is' : 's are'} still undecided or marked “discuss later”. Decide ${open === 1 ? 'it' : 'them'} in the meeting, or tick the box to sign with ${open === 1 ? 'it' : 'them'} left open.`,
    })
  }
  const sections = readSections(agreement.sections)
  if (sections.confidentiality.policy === 'own' && !sections.confidentiality.ownWording.trim()) {
    problems.push({ field: 'confidentiality', message: 'Write your own confidentiality policy, or choose one of the other two.' })
  }
  return problems
}

type Unstamped<T> = Omit<T, 'createdAt' | 'updatedAt'>

/** A new draft from a signed version: same sections, targets and decisions; no signatures. */
export function revisedDraft(
  from: Agreement, fromDecisions: readonly Decision[], nextVersion: number, newId: () => string,
): { agreement: Unstamped<Agreement>; decisions: Unstamped<Decision>[] } {
  const id = newId()
  const agreement: Unstamped<Agreement> = {
    id, schoolId: from.schoolId, schoolYearId: from.schoolYearId, version: nextVersion, status: 'draft',
    meeting: { ...from.meeting }, targets: { ...from.targets }, openItemsAccepted: false,
    sections: structuredClone(from.sections), signatures: { coach: null, principal: null }, signedAt: null, basedOnId: from.id,
  }
  const decisions = fromDecisions.map((d) => ({
    id: newId(), agreementId: id, taskId: d.taskId, choice: d.choice, note: d.note, insteadBy: d.insteadBy,
    weeklyHours: d.weeklyHours, decidedAt: d.decidedAt,
  }))
  return { agreement, decisions }
}

export interface VersionBundle { agreement: Agreement; decisions: readonly Decision[] }

export interface Change { label: string; from: string; to: string }
export interface DecisionChange extends Change { taskId: string }
export interface SectionChanges { id: SectionId; title: string; changes: Change[] }

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

function decisionSummary(d: Decision | undefined): string {
  if (!d) return 'Not on the list'
  const parts = [CHOICE_LABELS[d.choice]]
  if (d.choice === 'will' && d.weeklyHours !== null) parts.push(`${formatHours(d.weeklyHours)} h/week`)
  if (d.choice === 'wont' && d.insteadBy.trim()) parts.push(`instead: ${d.insteadBy.trim()}`)
  if (d.note.trim()) parts.push(`note: ${d.note.trim()}`)
  return parts.join(', ')
}

/** What changed going from version `a` to version `b`. */
export function compareVersions(a: VersionBundle, b: VersionBundle, tasks: readonly Task[]): VersionComparison {
  const titles = new Map(tasks.map((t) => [t.id, t]))
  const aBy = new Map(a.decisions.map((d) => [d.taskId, d]))
  const bBy = new Map(b.decisions.map((d) => [d.taskId, d]))
  const taskIds = [...new Set([...aBy.keys(), ...bBy.keys()])]
  const decisions: DecisionChange[] = []
  for (const taskId of taskIds) {
    const from = decisionSummary(aBy.get(taskId))
    const to = decisionSummary(bBy.get(taskId))
    if (from === to) continue
    const task = titles.get(taskId)
    decisions.push({ taskId, label: task ? `${task.title} (${BUCKET_LABELS[task.bucket]})` : 'A task that has since been deleted', from, to })
  }
  decisions.sort((x, y) => (titles.get(x.taskId)?.sortOrder ?? 0) - (titles.get(y.taskId)?.sortOrder ?? 0))

  const targets: Change[] = []
  if (a.agreement.targets.coachingPct !== b.agreement.targets.coachingPct) {
    targets.push({ label: 'Coaching target', from: `${a.agreement.targets.coachingPct}%`, to: `${b.agreement.targets.coachingPct}%` })
  }
  if (a.agreement.targets.learningPct !== b.agreement.targets.learningPct) {
    targets.push({ label: 'Professional learning target', from: `${a.agreement.targets.learningPct}%`, to: `${b.agreement.targets.learningPct}%` })
  }

  const sa = readSections(a.agreement.sections)
  const sb = readSections(b.agreement.sections)
  const ca = sa.confidentiality
  const cb = sb.confidentiality
  const policy = ca.policy !== cb.policy || policyStatement(ca) !== policyStatement(cb)
    ? { label: 'Confidentiality policy', from: `${POLICY_LABELS[ca.policy]}. ${policyStatement(ca) || NONE}`, to: `${POLICY_LABELS[cb.policy]}. ${policyStatement(cb) || NONE}` }
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
