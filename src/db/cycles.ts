/**
 * Writes of coaching cycles, the playbook and the support reviews. Each write reads the stored
 * record inside its transaction and changes only its own fields, so two tabs editing different
 * fields never undo each other; the whole record is then validated before it is put.
 */
import type { IsoDate } from '@/domain/dates'
import { newId } from '@/domain/ids'
import {
  coachingCycleSchema,
  playbookStrategySchema,
  supportReviewSchema,
  type CoachingCycle,
  type CycleResult,
  type PlaybookStrategy,
  type SupportReview,
} from '@/domain/schemas/cycle'
import { RecordValidationError, validate } from '@/domain/validation'
import { db } from './database'
import { emptyCycleFields } from '@/domain/cycles/newCycle'

const CYCLE = 'coaching cycle'

export interface NewCycleInput {
  schoolId: string
  schoolYearId: string
  teacherName: string
  teacherLabel: string
  gradeOrSubject: string
  startDate: IsoDate
}

export async function createCycle(input: NewCycleInput, now = Date.now()): Promise<CoachingCycle> {
  return db.transaction('rw', db.cycles, async () => {
    const cycle = validate(coachingCycleSchema, CYCLE, {
      ...input,
      id: newId(),
      ...emptyCycleFields(),
      createdAt: now,
      updatedAt: now,
    })
    await db.cycles.add(cycle)
    return cycle
  })
}

/** Changes one cycle inside one transaction: `change` gets the stored record and returns the new one. */
function changeCycle(id: string, change: (cycle: CoachingCycle) => CoachingCycle): Promise<CoachingCycle> {
  return db.transaction('rw', db.cycles, async () => {
    const stored = await db.cycles.get(id)
    if (!stored) throw new Error('This coaching cycle no longer exists: it may have been deleted in another tab.')
    const cycle = validate(coachingCycleSchema, CYCLE, { ...change(stored), id, createdAt: stored.createdAt, updatedAt: Date.now() })
    await db.cycles.put(cycle)
    return cycle
  })
}

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

export const updateCycle = (id: string, patch: CyclePatch) => changeCycle(id, (c) => ({ ...c, ...patch }))

export async function addProgressCheck(
  cycleId: string,
  check: { date: IsoDate; value: number; note: string },
  today: IsoDate,
): Promise<CoachingCycle> {
  if (check.date > today) {
    throw new RecordValidationError('progress check', [{ field: 'date', message: 'A progress check cannot be in the future.' }])
  }
  return changeCycle(cycleId, (c) => ({
    ...c,
    progressChecks: [...c.progressChecks, { ...check, id: newId() }].sort((a, b) => a.date.localeCompare(b.date)),
  })).catch((e: unknown) => {
    throw asEntryError(e, 'progress check', 'progressChecks')
  })
}

export const removeProgressCheck = (cycleId: string, checkId: string) =>
  changeCycle(cycleId, (c) => ({ ...c, progressChecks: c.progressChecks.filter((p) => p.id !== checkId) }))

export function addAdaptation(cycleId: string, adaptation: { date: IsoDate; note: string }): Promise<CoachingCycle> {
  return changeCycle(cycleId, (c) => ({ ...c, adaptations: [...c.adaptations, adaptation] })).catch((e: unknown) => {
    throw asEntryError(e, 'change of strategy', 'adaptations')
  })
}

export const setCycleOutcome = (cycleId: string, outcome: { result: CycleResult; date: IsoDate; reason: string } | null) =>
  changeCycle(cycleId, (c) => ({ ...c, outcome }))

/**
 * A refusal of a new list entry ("progressChecks.3.value") named by the entry's own fields ("value"),
 * which is how the form that adds one shows it.
 */
function asEntryError(e: unknown, record: string, list: string): unknown {
  if (!(e instanceof RecordValidationError)) return e
  const own = e.problems.filter((p) => p.field.startsWith(`${list}.`))
  if (!own.length) return e
  return new RecordValidationError(
    record,
    own.map((p) => ({ ...p, field: p.field.split('.').slice(2).join('.') })),
  )
}

export async function addPlaybookStrategy(input: {
  schoolId: string
  name: string
  description: string
  checklist: string[]
}): Promise<PlaybookStrategy> {
  const now = Date.now()
  return db.transaction('rw', db.playbook, async () => {
    const strategy = validate(playbookStrategySchema, 'playbook strategy', {
      ...input,
      id: newId(),
      retired: false,
      createdAt: now,
      updatedAt: now,
    })
    await db.playbook.add(strategy)
    return strategy
  })
}

export function updatePlaybookStrategy(
  id: string,
  patch: Partial<Pick<PlaybookStrategy, 'name' | 'description' | 'checklist' | 'retired'>>,
): Promise<PlaybookStrategy> {
  return db.transaction('rw', db.playbook, async () => {
    const stored = await db.playbook.get(id)
    if (!stored) throw new Error('This strategy is no longer in the playbook.')
    const strategy = validate(playbookStrategySchema, 'playbook strategy', { ...stored, ...patch, id, updatedAt: Date.now() })
    await db.playbook.put(strategy)
    return strategy
  })
}

export function saveSupportReview(input: Omit<SupportReview, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }): Promise<SupportReview> {
  const now = Date.now()
  return db.transaction('rw', db.supportReviews, async () => {
    const stored = input.id ? await db.supportReviews.get(input.id) : undefined
    if (input.endDate < input.startDate) {
      throw new RecordValidationError('support review', [{ field: 'endDate', message: 'The term ends before it starts.' }])
    }
    const review = validate(supportReviewSchema, 'support review', {
      ...input,
      id: input.id ?? newId(),
      createdAt: stored?.createdAt ?? now,
      updatedAt: now,
    })
    await db.supportReviews.put(review)
    return review
  })
}

/** Deletes one term's support review; nothing else depends on it. */
export function deleteSupportReview(id: string): Promise<void> {
  return db.supportReviews.delete(id)
}
