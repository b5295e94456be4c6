import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { deleteSupportReview, saveSupportReview } from '@/db/cycles'
import { saveAgreement } from '@/db/repository'
import { readSupportCommitments, readSupportTimeData } from '@/db/supportReviewQueries'
import { termTimeFigures } from '@/domain/cycles/supportReview'
import { draftAgreement, seedTimeEntries } from '../support/seed'
import { decidedSections } from '../support/decidedSections'
import { seedAgreement, seedEntries, seedTasks } from '../support/dashboardSeed'
import { freshSetup } from './support'

const support = {
  commitments: [
    { id: 'own-1', text: 'Keep Tuesday mornings free for coaching.', checked: true, custom: true },
    { id: 'own-2', text: 'Not agreed.', checked: false, custom: true },
  ],
}

let ids: { schoolId: string; schoolYearId: string }
beforeEach(async () => {
  ids = await freshSetup()
})

describe('support review queries', () => {
  it('says there is no commitment without an agreement', async () => {
    expect(await readSupportCommitments(ids.schoolId, ids.schoolYearId)).toEqual({ commitments: [], source: 'none', version: null })
  })

  it('reads the ticked commitments from the draft', async () => {
    await saveAgreement(draftAgreement(ids.schoolId, ids.schoolYearId, { sections: { ...decidedSections(), support } }))
    const read = await readSupportCommitments(ids.schoolId, ids.schoolYearId)
    expect(read.source).toBe('draft')
    expect(read.commitments).toEqual(['Keep Tuesday mornings free for coaching.'])
  })

  it('reads the signed version’s snapshot, and the term’s time with its won’t-do tasks', async () => {
    const now = Date.now()
    const { agreement, decisions } = seedAgreement(ids.schoolId, ids.schoolYearId, now, 'agreement-1', { ...decidedSections(), support })
    await db.tasks.bulkPut(seedTasks(now))
    await db.agreements.put(agreement)
    await db.decisions.bulkPut(decisions)
    await seedTimeEntries(seedEntries({ schoolId: ids.schoolId, from: '2026-08-17', to: '2026-09-25', now }))
    const read = await readSupportCommitments(ids.schoolId, ids.schoolYearId)
    expect(read).toEqual({ commitments: ['Keep Tuesday mornings free for coaching.'], source: 'signed', version: 1 })

    const data = (await readSupportTimeData(ids.schoolId, ids.schoolYearId))!
    expect(data.wontDo.get(ids.schoolId)!.has('task-lunch')).toBe(true)
    const f = termTimeFigures(
      { startDate: '2026-08-17', endDate: '2026-12-31' },
      '2026-10-05',
      data.entries,
      data.calendar,
      data.targets,
      data.wontDo,
    )
    expect(f.weeksSoFar).toBe(7)
    expect(f.weeksLogged).toBe(6)
    expect(f.driftHours.count).toBeGreaterThan(0)
  })

  it('deletes a review', async () => {
    const review = await saveSupportReview({
      ...ids,
      label: 'Fall term',
      startDate: '2026-08-17',
      endDate: '2026-12-31',
      commitments: [],
      checklist: { 'time-protected': 'done' },
      note: '',
    })
    await deleteSupportReview(review.id)
    expect(await db.supportReviews.count()).toBe(0)
  })
})
