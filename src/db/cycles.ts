// STUB (drop at merge): replaced by the real module from the "cycles" helper.
import type { IsoDate } from '@/domain/dates'
import type { CoachingCycle, CycleResult, PlaybookStrategy, SupportReview } from '@/domain/schemas/cycle'

export type CyclePatch = Partial<
  Pick<
    CoachingCycle,
    | 'teacherName'
    | 'teacherLabel'
    | 'gradeOrSubject'
    | 'startDate'
    | 'evidence'
    | 'currentReality'
    | 'goal'
    | 'peers'
    | 'measure'
    | 'baseline'
    | 'target'
    | 'strategies'
    | 'reflection'
  >
>

export async function createCycle(_input: {
  schoolId: string
  schoolYearId: string
  teacherName: string
  teacherLabel: string
  gradeOrSubject: string
  startDate: IsoDate
}): Promise<CoachingCycle> {
  throw new Error('stub')
}
export async function updateCycle(_id: string, _patch: CyclePatch): Promise<CoachingCycle> {
  throw new Error('stub')
}
export async function addProgressCheck(
  _cycleId: string,
  _check: { date: IsoDate; value: number; note: string },
  _today: IsoDate,
): Promise<CoachingCycle> {
  throw new Error('stub')
}
export async function removeProgressCheck(_cycleId: string, _checkId: string): Promise<CoachingCycle> {
  throw new Error('stub')
}
export async function addAdaptation(_cycleId: string, _adaptation: { date: IsoDate; note: string }): Promise<CoachingCycle> {
  throw new Error('stub')
}
export async function setCycleOutcome(
  _cycleId: string,
  _outcome: { result: CycleResult; date: IsoDate; reason: string } | null,
): Promise<CoachingCycle> {
  throw new Error('stub')
}
export async function addPlaybookStrategy(_input: {
  schoolId: string
  name: string
  description: string
  checklist: string[]
}): Promise<PlaybookStrategy> {
  throw new Error('stub')
}
export async function updatePlaybookStrategy(
  _id: string,
  _patch: Partial<Pick<PlaybookStrategy, 'name' | 'description' | 'checklist' | 'retired'>>,
): Promise<PlaybookStrategy> {
  throw new Error('stub')
}
export async function saveSupportReview(
  _input: Omit<SupportReview, 'id' | 'createdAt' | 'updatedAt'> & { id?: string },
): Promise<SupportReview> {
  throw new Error('stub')
}
