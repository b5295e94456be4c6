import { db } from '@/db/database'
import { saveAgreement, saveDecision, saveSchool, saveSchoolYear } from '@/db/repository'
import { DEFAULT_TARGETS } from '@/domain/buckets'
import type { DecisionChoice } from '@/domain/schemas'
import { SETTINGS_ID } from '@/domain/keys'
import { markSigned } from './signed'
import { draftAgreement } from './seed'

/** A coach at Lincoln (and Washington), school year Aug 17, 2026 – Jun 11, 2027, weeks from Monday. */
export async function seedTimeLog(options: { firstDayOfWeek?: 0 | 1; secondSchool?: boolean } = {}) {
  const lincoln = await saveSchool({ name: 'Lincoln Elementary', principalName: 'José Martínez' })
  const washington = options.secondSchool ? await saveSchool({ name: 'Washington Middle', principalName: 'Zoë Lindqvist' }) : null
  const year = await saveSchoolYear({
    label: '2026–27',
    startDate: '2026-08-17',
    endDate: '2027-06-11',
    firstDayOfWeek: options.firstDayOfWeek ?? 1,
    markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving' }],
  })
  const now = Date.now()
  await db.settings.put({
    id: SETTINGS_ID,
    coachName: 'Renée Okafor',
    defaultTargets: { ...DEFAULT_TARGETS },
    activeSchoolId: lincoln.id,
    activeSchoolYearId: year.id,
    lastBackupAt: null,
    createdAt: now,
    updatedAt: now,
  })
  return { lincoln, washington, year }
}

export { seedTask } from './seed'

/** An agreement for the school with the given decisions; signed unless said otherwise. */
export async function seedAgreement(
  schoolId: string,
  schoolYearId: string,
  choices: Array<[string, DecisionChoice]>,
  options: {
    version?: number
    status?: 'draft' | 'signed'
    targets?: { coachingPct: number; learningPct: number }
  } = {},
) {
  const draft = await saveAgreement(
    draftAgreement(schoolId, schoolYearId, {
      version: options.version ?? 1,
      meeting: { coachName: 'Renée Okafor', principalName: 'José Martínez', date: '2026-08-20' },
      targets: options.targets ?? { ...DEFAULT_TARGETS },
    }),
  )
  for (const [taskId, choice] of choices) {
    await saveDecision({ agreementId: draft.id, taskId, choice, note: '', insteadBy: '', weeklyHours: null, decidedAt: Date.now() })
  }
  if ((options.status ?? 'signed') === 'draft') return draft
  const at = Date.now()
  return markSigned(draft, {
    signedAt: at,
    signatures: { coach: { name: 'Renée Okafor', signedAt: at }, principal: { name: 'José Martínez', signedAt: at } },
  })
}
