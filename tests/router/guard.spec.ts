import { beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun } from '@/db/repository'
import { createAppRouter } from '@/router'
import { db } from '@/db/database'
import { resetDatabase } from '../support/database'
import { endRespondentMode, lockForRespondents } from '@/db/respondentLock'

beforeEach(async () => {
  await resetDatabase()
})

const setUp = () =>
  completeFirstRun({
    coachName: 'R',
    schoolName: 'S',
    principalName: 'P',
    startDate: '2026-08-17',
    endDate: '2027-06-11',
    firstDayOfWeek: 1,
  })

describe('router guard', () => {
  it('sends a new user to setup whatever page they open', async () => {
    const router = createAppRouter()
    await router.push('/time')
    expect(router.currentRoute.value.name).toBe('setup')
  })

  it('lets a set-up user in and keeps them out of setup', async () => {
    await setUp()
    const router = createAppRouter()
    await router.push('/time')
    expect(router.currentRoute.value.name).toBe('time')
    await router.push('/setup')
    expect(router.currentRoute.value.name).toBe('meeting')
  })

  it('opens an invitation’s respond page on a device that never ran setup, without touching the database', async () => {
    db.close({ disableAutoOpen: false })
    const router = createAppRouter()
    await router.push('/respond#i=1.abc.00000000')
    expect(router.currentRoute.value.name).toBe('respond')
    // Any read would have opened it again (Dexie opens on first use).
    expect(db.isOpen()).toBe(false)
    await router.push('/time')
    expect(router.currentRoute.value.name).toBe('setup')
  })

  it('holds every navigation on the round’s answer form while respondent mode is on, and lets go once it ends', async () => {
    await setUp()
    lockForRespondents({ roundId: 'round-1', group: 'teacher' })
    try {
      const router = createAppRouter()
      for (const path of ['/meeting', '/evaluation', '/evaluation/round-1', '/evaluation/round-2/answer', '/data']) {
        await router.push(path)
        expect(router.currentRoute.value.fullPath, path).toBe('/evaluation/round-1/answer')
      }
      endRespondentMode()
      await router.push('/data')
      expect(router.currentRoute.value.name).toBe('data')
    } finally {
      endRespondentMode()
    }
  })
})
