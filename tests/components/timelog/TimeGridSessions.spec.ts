import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import TimeGrid from '@/components/timelog/TimeGrid.vue'
import type { TimesheetRow } from '@/domain/timesheet'

const rows: TimesheetRow[] = [
  { rowKey: 'bucket:coaching', taskId: null, bucket: 'coaching', title: 'Coaching, no specific task', source: 'logged', wontDo: false },
]
const days = ['2026-09-14', '2026-09-15']

let wrapper: VueWrapper
afterEach(() => wrapper?.unmount())

describe('TimeGrid and cycle sessions', () => {
  it('marks a cell with session hours and describes it in text', () => {
    wrapper = mount(TimeGrid, {
      props: {
        rows,
        days,
        hours: new Map([
          ['bucket:coaching|2026-09-14', 2],
          ['bucket:coaching|2026-09-15', 1],
        ]),
        sessionNotes: new Map([['bucket:coaching|2026-09-14', '1.5 h from 2 cycle sessions']]),
        save: vi.fn(async () => null),
        caption: 'Hours this week',
      },
      attachTo: document.body,
    })
    const inputs = wrapper.findAll('input.hours')
    const described = inputs[0]!.attributes('aria-describedby')
    expect(described).toBeTruthy()
    expect(document.getElementById(described!)?.textContent).toBe('Includes 1.5 h from 2 cycle sessions.')
    expect(wrapper.findAll('.session-mark')).toHaveLength(1)
    expect(inputs[1]!.attributes('aria-describedby')).toBeUndefined()
  })
})
