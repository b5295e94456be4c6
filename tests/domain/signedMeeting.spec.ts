import { describe, expect, it } from 'vitest'
import { snapshotOf } from '@/domain/agreementSnapshot'
import { orderMeetingItems } from '@/domain/meeting/items'
import { signedMeetingRecords } from '@/domain/signedMeeting'
import { quarterAgreement, quarterDecisions, quarterTasks, school, schoolYear } from '../support/quarterHourAgreement'

describe('signedMeetingRecords', () => {
  it('lists every task of the snapshot with its decision as signed, from the snapshot alone (the view test renames a task after signing)', () => {
    const snapshot = snapshotOf(quarterAgreement, { decisions: quarterDecisions, tasks: quarterTasks, school, schoolYear })
    const { tasks, decisions } = signedMeetingRecords(snapshot, quarterAgreement.id)
    const items = orderMeetingItems(tasks, decisions, { signed: true })
    expect(items.map((i) => i.task.title).sort()).toEqual(snapshot.tasks.map((t) => t.title).sort())
    for (const t of snapshot.tasks) {
      const item = items.find((i) => i.task.id === t.taskId)!
      expect([item.task.bucket, item.decision?.choice, item.decision?.weeklyHours, item.decision?.insteadBy, item.decision?.note]).toEqual([
        t.bucket,
        t.choice,
        t.weeklyHours,
        t.insteadBy,
        t.note,
      ])
    }
  })
})
