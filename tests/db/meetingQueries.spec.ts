import { effectScope, nextTick } from 'vue'
import { beforeEach, describe, it } from 'vitest'
import { addCustomTask, openMeetingAgreement, recordDecision } from '@/db/meeting'
import { useMeetingRecords } from '@/db/meetingQueries'
import { resetDatabase } from '../support/database'
import { seedTimeLog } from '../support/timeLogFixtures'

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return
    await new Promise((r) => setTimeout(r, 10))
    await nextTick()
  }
  throw new Error(`timed out waiting for ${what}`)
}

let ctx: Awaited<ReturnType<typeof seedTimeLog>>
beforeEach(async () => {
  await resetDatabase()
  ctx = await seedTimeLog()
})

describe('useMeetingRecords', () => {
  it('follows every later change: a new task, the first draft and a decision on it', async () => {
    const scope = effectScope()
    const records = scope.run(() => useMeetingRecords({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id }))!
    await until(() => records.ready.value, 'the first answer')
    const before = records.data.value!.tasks.length

    const task = await addCustomTask({ title: 'Yearbook advising', description: '', bucket: 'other' })
    await until(() => records.data.value!.tasks.length === before + 1, 'the new task')

    const agreement = await openMeetingAgreement(ctx.lincoln.id, ctx.year.id)
    await recordDecision(agreement.id, task.id, { choice: 'wont' })
    await until(() => records.data.value!.decisions.some((d) => d.taskId === task.id && d.choice === 'wont'), 'the decision')
    scope.stop()
  })
})
