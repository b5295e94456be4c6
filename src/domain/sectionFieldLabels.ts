import type { SectionId } from './agreementSchemas'
import { PRINCIPLE_LABELS, PRINCIPLES } from './agreementWording'

/** What each field of a section is called on screen, for messages that name a field (such as a conflict). */
const LABELS: Record<SectionId, Record<string, string>> = {
  understanding: {
    cycle: 'Coaching cycle',
    ownCycle: 'Describe your cycle',
    frequency: 'How often, and how long',
    skills: 'What coaching rests on',
    note: 'Notes',
  },
  principles: Object.fromEntries(
    PRINCIPLES.flatMap((p) => [
      [`${p}.agreed`, `${PRINCIPLE_LABELS[p]} (agreed or not)`],
      [`${p}.note`, `Note on ${PRINCIPLE_LABELS[p].toLowerCase()}`],
    ]),
  ),
  roleAndTime: {
    priorities: 'Priorities when time is short',
    newRequests: 'New requests during the year',
    reviewDate: 'Date to review this agreement',
  },
  support: { commitments: 'The principal’s commitments' },
  learning: {
    coachOfCoaches: 'Who coaches the coach',
    activities: 'Learning plan',
    playbookPlan: 'Instructional playbook',
    protectedTime: 'Protected time',
    funding: 'How it is funded',
  },
  confidentiality: {
    policy: 'Confidentiality policy',
    ownWording: 'Your policy, in plain words',
    toldTeachers: 'How teachers are told about the policy',
    exceptions: 'Exceptions',
    videoOwnership: 'Who owns classroom video',
  },
  evaluation: {
    byTeachers: 'Teachers the coach has coached',
    byAdministrator: 'The coach’s administrator',
    selfEvaluation: 'The coach’s own self-evaluation',
    tool: 'How the coach is evaluated',
    when: 'When',
    programByGoals: 'The goals teachers set and reach',
    programBySupport: 'How the school supports coaching',
    programNote: 'Notes on evaluation',
  },
}

export function sectionFieldLabel(id: SectionId, fieldKey: string): string {
  return LABELS[id][fieldKey] ?? fieldKey
}
