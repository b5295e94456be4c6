import { DEFAULT_COMMITMENTS, defaultSections, PRINCIPLES, type Principles, type Sections } from './agreementSections'

/**
 * The defaults of the first edition, when principles and commitments started ticked and the
 * policy started as "what and with whom". A version signed before snapshots existed was signed
 * with these wherever it stored nothing, so it is frozen with them, never with today's.
 */
export function firstEditionDefaults(): Sections {
  const now = defaultSections()
  return {
    ...now,
    understanding: {
      cycle: 'impact',
      ownCycle: '',
      frequency: 'Each teacher in a cycle meets the coach every week; a full cycle usually takes six to ten weeks.',
      note: '',
    },
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p, { agreed: true, note: '' }])) as Principles,
    roleAndTime: { priorities: now.roleAndTime.priorities },
    support: { commitments: DEFAULT_COMMITMENTS.slice(0, 7).map((c) => ({ ...c, checked: true, custom: false })) },
    learning: { coachOfCoaches: '', activities: now.learning.activities, playbookPlan: now.learning.playbookPlan },
    confidentiality: { policy: 'what-and-whom', ownWording: '' },
  }
}
