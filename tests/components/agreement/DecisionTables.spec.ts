import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DecisionTables from '@/components/agreement/DecisionTables.vue'
import { snapshotOf } from '@/domain/agreementSnapshot'
import { quarterAgreement, quarterDecisions, quarterTasks, school, schoolYear } from '../../support/quarterHourAgreement'

describe('DecisionTables', () => {
  // Issue 12: 1.25 h read 1.3 and 0.25 h read 0.3 beside a total of 2.
  it('shows every accepted estimate and every total exactly, in quarter hours', () => {
    const wrapper = mount(DecisionTables, {
      props: { snapshot: snapshotOf(quarterAgreement, { decisions: quarterDecisions, tasks: quarterTasks, school, schoolYear }) },
    })
    const [split, will] = wrapper.findAll('table')
    const splitRows = split!.findAll('tr').map((tr) =>
      tr
        .findAll('th, td')
        .slice(0, 2)
        .map((c) => c.text()),
    )
    expect(splitRows).toContainEqual(['Coaching', '12.75'])
    expect(splitRows).toContainEqual(['Professional learning', '2'])
    expect(splitRows).toContainEqual(['Other duties', '0.75'])
    expect(splitRows).toContainEqual(['Total', '15.5'])
    const hours = will!.findAll('tbody tr').map((tr) => [tr.findAll('td')[0]!.text(), tr.findAll('td')[2]!.text()])
    expect(hours).toEqual([
      ['Impact cycles with teachers', '12.75'],
      ['Book study', '1.25'],
      ['Coaching conference', '0.25'],
      ['Peer coaching', '0.25'],
      ['Watching own video', '0.25'],
      ['Bus duty', '0.75'],
    ])
    expect(wrapper.text()).not.toMatch(/\b1\.3\b|\b0\.3\b|12\.8/)
  })
})
