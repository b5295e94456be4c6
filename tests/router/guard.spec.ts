import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { completeFirstRun } from '@/db/repository'
import { createAppRouter } from '@/router'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('router guard', () => {
  it('sends a new user to setup whatever page they open', async () => {
    const router = createAppRouter()
    await router.push('/time')
    expect(router.currentRoute.value.name).toBe('setup')
  })

  it('lets a set-up user in and keeps them out of setup', async () => {
    await completeFirstRun({
      coachName: 'R',
      schoolName: 'S',
      principalName: 'P',
      startDate: '2026-08-17',
      endDate: '2027-06-11',
      firstDayOfWeek: 1,
    })
    const router = createAppRouter()
    await router.push('/time')
    expect(router.currentRoute.value.name).toBe('time')
    await router.push('/setup')
    expect(router.currentRoute.value.name).toBe('meeting')
  })
})
