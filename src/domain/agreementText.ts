import { BUCKET_LABELS, type Targets } from './buckets'
import { plannedHoursFromDecisions, projectSplit, type ProjectedSplit } from './projection'
import {
  editionOf,
  PRINCIPLES,
  PRINCIPLE_LABELS,
  policyLabel,
  policyStatement,
  REPORT_CYCLES_LABELS,
  REPORT_TASK_NAMES_LABELS,
  reportTaskNamesOf,
  type SectionId,
  type Sections,
} from './agreementSections'
import { cycleLabels } from './agreementMeanings'
import { formatLongDate, isIsoDate } from './dates'
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
/** A principle's status: agreed, not agreed, or not yet decided. */
export const principleStatus = (agreed: boolean | null) => (agreed === null ? 'Not decided yet' : yesNo(agreed, 'Agreed', 'Not agreed'))
/** Lines a later edition added: absent from a version signed before it, so left out rather than shown empty. */
const added = (key: string, label: string, value: string | undefined): SectionLine[] =>
  value === undefined ? [] : [{ key, label, value: value.trim() }]
const sentence = (parts: Array<string | false>) => {
  const joined = parts.filter(Boolean).join('; ')
  return joined.charAt(0).toUpperCase() + joined.slice(1)
}

export function describeSection(id: SectionId, s: Sections): SectionLine[] {
  const edition = editionOf(s)
  switch (id) {
    case 'understanding':
      return [
        {
          key: 'cycle',
          label: 'Coaching cycle',
          value: s.understanding.cycle === 'impact' ? cycleLabels(edition).impact : s.understanding.ownCycle.trim(),
        },
        {
          key: 'frequency',
          label: edition === 1 ? 'How often' : 'How often, and how long (an estimate)',
          value: s.understanding.frequency.trim(),
        },
        ...added('skills', 'What coaching rests on', s.understanding.skills),
        { key: 'note', label: 'Notes', value: s.understanding.note.trim() },
      ]
    case 'principles':
      return PRINCIPLES.map((p) => {
        const { agreed, note } = s.principles[p]
        const status = principleStatus(agreed)
        return { key: p, label: PRINCIPLE_LABELS[p], value: note.trim() ? `${status}: ${note.trim()}` : status }
      })
    case 'roleAndTime': {
      const review = s.roleAndTime.reviewDate
      return [
        { key: 'priorities', label: 'Priorities', value: s.roleAndTime.priorities.trim() },
        ...added('newRequests', 'New requests during the year', s.roleAndTime.newRequests),
        ...(review === undefined
          ? []
          : [
              {
                key: 'reviewDate',
                label: 'We review this agreement on',
                value: review && isIsoDate(review) ? formatLongDate(review) : review,
              },
            ]),
      ]
    }
    case 'support':
      return s.support.commitments.map((c) => ({ key: c.id, label: c.text, value: yesNo(c.checked, 'Committed', 'Not committed') }))
    case 'learning':
      return [
        { key: 'coachOfCoaches', label: 'Who coaches the coach', value: s.learning.coachOfCoaches.trim() },
        { key: 'activities', label: 'Learning plan', value: s.learning.activities.trim() },
        { key: 'playbookPlan', label: 'Instructional playbook', value: s.learning.playbookPlan.trim() },
        ...added('protectedTime', 'Protected time for learning', s.learning.protectedTime),
        ...added('funding', 'How it is funded', s.learning.funding),
      ]
    case 'confidentiality':
      return [
        { key: 'policy', label: 'Policy', value: policyLabel(s.confidentiality) },
        { key: 'statement', label: 'In plain words', value: policyStatement(s.confidentiality) },
        ...(s.confidentiality.policy === 'own'
          ? [
              {
                key: 'report',
                label: 'The principal’s report carries',
                value: REPORT_TASK_NAMES_LABELS[reportTaskNamesOf(s.confidentiality)],
              },
              // Only when chosen: a version signed before the choice existed reads as it was signed.
              ...(s.confidentiality.report?.cycles
                ? [
                    {
                      key: 'reportCycles',
                      label: 'About coaching cycles, the report carries',
                      value: REPORT_CYCLES_LABELS[s.confidentiality.report.cycles],
                    },
                  ]
                : []),
            ]
          : []),
        ...added('toldTeachers', 'How teachers are told', s.confidentiality.toldTeachers),
        ...added('exceptions', 'Exceptions', s.confidentiality.exceptions),
        ...added('videoOwnership', 'Classroom video', s.confidentiality.videoOwnership),
      ]
    case 'evaluation': {
      const e = s.evaluation
      const teachers =
        edition === 1 ? 'teachers the coach has coached' : 'teachers the coach has coached (their ratings anonymous and summarized)'
      const raters = sentence([
        e.byTeachers && teachers,
        e.byAdministrator && 'the coach’s administrator',
        e.selfEvaluation && 'the coach (self-evaluation)',
      ])
      const program = sentence([
        e.programByGoals && 'the goals teachers set and reach with the coach',
        e.programBySupport && 'how the school supports or gets in the way of coaching',
      ])
      return [
        { key: 'raters', label: 'Who evaluates the coach', value: raters },
        { key: 'tool', label: 'How', value: e.tool.trim() },
        { key: 'when', label: 'When', value: e.when.trim() },
        {
          key: 'program',
          label: 'How the coaching program is evaluated',
          value: program && edition > 1 ? `${program}; results are reported in aggregate, never teacher by teacher` : program,
        },
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
  return projectSplit(
    snapshot.tasks.filter((t) => t.choice === 'will').map((t) => ({ bucket: t.bucket, weeklyHours: t.weeklyHours })),
    snapshot.targets,
  )
}

export { BUCKET_LABELS }
