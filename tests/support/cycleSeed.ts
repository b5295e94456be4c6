import type { CoachingCycle } from '@/domain/schemas/cycle'

/** A valid coaching cycle with a goal, a percentage measure, a baseline and a target; override any field. */
export function cycleRecord(extra: Partial<CoachingCycle> = {}): CoachingCycle {
  return {
    id: 'cycle-1',
    schoolId: 'school-1',
    schoolYearId: 'year-1',
    teacherName: 'Dana Whitfield',
    teacherLabel: 'DW',
    gradeOrSubject: 'Grade 4 math',
    startDate: '2026-09-14',
    evidence: ['video'],
    currentReality: 'Half the class finishes the exit ticket.',
    goal: '85% of students show mastery on exit tickets.',
    peers: ['powerful', 'studentFocused'],
    measure: { what: 'students at mastery on exit tickets', kind: 'percent', unitLabel: '%', min: null, max: null },
    baseline: { value: 52, date: '2026-09-14' },
    target: { value: 85, date: '2026-11-20' },
    strategies: [{ playbookId: null, name: 'Exit tickets' }],
    adaptations: [],
    progressChecks: [],
    outcome: null,
    reflection: '',
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  }
}
