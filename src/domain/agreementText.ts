import { BUCKET_LABELS, type Targets } from './buckets'
import { plannedHoursFromDecisions, projectSplit, type ProjectedSplit } from './projection'
import {
  CYCLE_LABELS, PRINCIPLES, PRINCIPLE_LABELS, POLICY_LABELS, policyStatement, REPORT_TASK_NAMES_LABELS, reportTaskNamesOf,
  type SectionId, type Sections,
} from './agreementSections'
import type { AgreementSnapshot, Decision, DecisionChoice, Task } from './schemas'

/**
 * The agreement as words: each section as labelled lines. The page, the PDF and the
 * version comparison all read these, so a change shows up the same way everywhere.
 */

export interface SectionLine {
  /** Stable key within the section, used to match lines between versions. */
  key: string
  label: string
  /** Empty when nothing has been written. */
  value: string
}

export const CHOICE_LABELS: Record<DecisionChoice, string> = {
  undecided: 'Undecided',
  will: 'Will do',
  wont: 'Won’t do',
  discuss: 'Discuss later',
}

const yesNo = (v: boolean, yes: string, no: string) => (v ? yes : no)
const sentence = (parts: Array<string | false>) => {
  const joined = parts.filter(Boolean).join('; ')
  return joined.charAt(0).toUpperCase() + joined.slice(1)
}

export function describeSection(id: SectionId, s: Sections): SectionLine[] {
  switch (id) {
    case 'understanding':
      return [
        { key: 'cycle', label: 'Coaching cycle', value: s.understanding.cycle === 'impact' ? CYCLE_LABELS.impact : s.understanding.ownCycle.trim() },
        { key: 'frequency', label: 'How often', value: s.understanding.frequency.trim() },
        { key: 'note', label: 'Notes', value: s.understanding.note.trim() },
      ]
    case 'principles':
      return PRINCIPLES.map((p) => {
        const { agreed, note } = s.principles[p]
        const status = yesNo(agreed, 'Agreed', 'Not agreed')
        return { key: p, label: PRINCIPLE_LABELS[p], value: note.trim() ? `${status}: ${note.trim()}` : status }
      })
    case 'roleAndTime':
      return [{ key: 'priorities', label: 'Priorities', value: s.roleAndTime.priorities.trim() }]
    case 'support':
      return s.support.commitments.map((c) => ({ key: c.id, label: c.text, value: yesNo(c.checked, 'Committed', 'Not committed') }))
    case 'learning':
      return [
        { key: 'coachOfCoaches', label: 'Who coaches the coach', value: s.learning.coachOfCoaches.trim() },
        { key: 'activities', label: 'Learning plan', value: s.learning.activities.trim() },
        { key: 'playbookPlan', label: 'Instructional playbook', value: s.learning.playbookPlan.trim() },
      ]
    case 'confidentiality':
      return [
        { key: 'policy', label: 'Policy', value: POLICY_LABELS[s.confidentiality.policy] },
        { key: 'statement', label: 'In plain words', value: policyStatement(s.confidentiality) },
        ...(s.confidentiality.policy === 'own'
          ? [{ key: 'report', label: 'The principal’s report carries', value: REPORT_TASK_NAMES_LABELS[reportTaskNamesOf(s.confidentiality)] }]
          : []),
      ]
    case 'evaluation': {
      const e = s.evaluation
      const raters = sentence([e.byTeachers && 'teachers the coach has coached', e.byAdministrator && 'the coach’s administrator', e.selfEvaluation && 'the coach (self-evaluation)'])
      const program = sentence([e.programByGoals && 'the goals teachers set and reach with the coach', e.programBySupport && 'how the school supports or gets in the way of coaching'])
      return [
        { key: 'raters', label: 'Who evaluates the coach', value: raters },
        { key: 'tool', label: 'How', value: e.tool.trim() },
        { key: 'when', label: 'When', value: e.when.trim() },
        { key: 'program', label: 'How the coaching program is evaluated', value: program },
        { key: 'programNote', label: 'Notes', value: e.programNote.trim() },
      ]
    }
  }
}

/** The week the decisions add up to, by the meeting's shared projection: only will-do hours count. */
export function agreementSplit(decisions: readonly Decision[], tasks: readonly Task[], targets: Targets): ProjectedSplit {
  return projectSplit(plannedHoursFromDecisions(decisions, new Map(tasks.map((t) => [t.id, t]))), targets)
}

/** The projected week of one version, from its snapshot: the same sum as `agreementSplit`, on frozen inputs. */
export function snapshotSplit(snapshot: Pick<AgreementSnapshot, 'tasks' | 'targets'>): ProjectedSplit {
  return projectSplit(snapshot.tasks.filter((t) => t.choice === 'will').map((t) => ({ bucket: t.bucket, weeklyHours: t.weeklyHours })), snapshot.targets)
}

export { BUCKET_LABELS }

/** "lincoln-elementary-2026-27-role-agreement-v2" (plus "-draft"): safe in any mail client or file system. */
export function agreementFileName(schoolName: string, yearLabel: string, version: number, signed: boolean): string {
  const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  const parts = [slug(schoolName) || 'school', slug(yearLabel), 'role-agreement', `v${version}`, signed ? '' : 'draft'].filter(Boolean)
  return `${parts.join('-')}.pdf`
}
