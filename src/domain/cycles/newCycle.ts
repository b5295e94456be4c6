import type { CoachingCycle } from '../schemas/cycle'

/** What a cycle holds when it starts: every phase still empty. */
export function emptyCycleFields(): Omit<
  CoachingCycle,
  'id' | 'schoolId' | 'schoolYearId' | 'teacherName' | 'teacherLabel' | 'gradeOrSubject' | 'startDate' | 'createdAt' | 'updatedAt'
> {
  return {
    evidence: [],
    currentReality: '',
    goal: '',
    peers: [],
    measure: { what: '', kind: 'percent', unitLabel: '%', min: null, max: null },
    baseline: null,
    target: null,
    strategies: [],
    adaptations: [],
    progressChecks: [],
    outcome: null,
    reflection: '',
  }
}
