import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import SchoolYearSettings from '@/components/settings/SchoolYearSettings.vue'
import { db } from '@/db/database'
import { freshSetup } from '../../db/support'

describe('SchoolYearSettings', () => {
  let schoolId: string
  beforeEach(async () => {
    ;({ schoolId } = await freshSetup())
  })

  it('says what new dates would do to the days already logged before anything is saved', async () => {
    await db.dayTotals.bulkPut([
      { schoolId, date: '2026-08-17', rows: [{ taskId: null, bucket: 'coaching', hours: 4 }] },
      { schoolId, date: '2026-09-01', rows: [{ taskId: null, bucket: 'other', hours: 2 }] },
    ])
    const wrapper = mount(SchoolYearSettings, { global: { plugins: [createPinia()] } })
    const start = () => wrapper.get<HTMLInputElement>('#year-start')
    await vi.waitFor(() => expect(start().element.value).toBe('2026-08-17'))
    const notes = () => wrapper.get('[data-testid="year-change-notes"]').text()
    expect(notes()).toBe('')
    await start().setValue('2026-08-24')
    await vi.waitFor(() => expect(notes()).toContain('4 h logged on 1 day'))
    expect(notes()).toContain('They stay in the time log')
    const year = await db.schoolYears.toArray()
    expect(year[0]!.startDate).toBe('2026-08-17')
    wrapper.unmount()
  })
})
