import { h } from 'vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DataTable from '@/components/DataTable'
import TaskDecisionTable from '@/components/agreement/TaskDecisionTable.vue'
import type { SnapshotTask } from '@/domain/schemas'

describe('DataTable', () => {
  it('frames a caption for screen readers, one heading row, the rows and the footer rows, with its attributes on the table', () => {
    const w = mount(DataTable, {
      props: { caption: 'Hours by area' },
      attrs: { 'data-testid': 'areas' },
      slots: {
        head: () => [h('th', { scope: 'col' }, 'Area'), h('th', { scope: 'col' }, 'Hours')],
        default: () => h('tr', [h('td', 'Coaching'), h('td', '12')]),
        foot: () => h('tr', [h('th', 'Total'), h('td', '12')]),
      },
    })
    expect(w.html()).toBe(
      '<table data-testid="areas">\n' +
        '  <caption class="visually-hidden">Hours by area</caption>\n' +
        '  <thead>\n    <tr>\n      <th scope="col">Area</th>\n      <th scope="col">Hours</th>\n    </tr>\n  </thead>\n' +
        '  <tbody>\n    <tr>\n      <td>Coaching</td>\n      <td>12</td>\n    </tr>\n  </tbody>\n' +
        '  <tfoot>\n    <tr>\n      <th>Total</th>\n      <td>12</td>\n    </tr>\n  </tfoot>\n' +
        '</table>',
    )
  })

  it('leaves out the caption and the footer, placeholders and all, when there are none', () => {
    const w = mount(DataTable, { slots: { head: () => h('th', 'Task'), default: () => h('tr', [h('td', 'A')]) } })
    expect(w.find('caption').exists()).toBe(false)
    expect(w.find('tfoot').exists()).toBe(false)
    expect(w.html()).not.toContain('<!--')
  })
})

describe('TaskDecisionTable', () => {
  const task = (title: string, weeklyHours: number | null): SnapshotTask =>
    ({ taskId: title, title, description: '', bucket: 'coaching', choice: 'will', note: 'n', insteadBy: '', weeklyHours }) as SnapshotTask

  it('lists task, area, its own column and the note, the own column numeric only when asked', () => {
    const value = (t: SnapshotTask) => String(t.weeklyHours ?? 'not estimated')
    const num = mount(TaskDecisionTable, {
      props: { tasks: [task('Cycles', 3), task('Study', null)], column: 'Hours', value, numeric: true },
    })
    expect(num.findAll('th').map((c) => c.text())).toEqual(['Task', 'Area', 'Hours', 'Note'])
    expect(num.findAll('tbody tr').map((r) => r.findAll('td').map((c) => c.text()))).toEqual([
      ['Cycles', 'Coaching', '3', 'n'],
      ['Study', 'Coaching', 'not estimated', 'n'],
    ])
    expect(num.findAll('th')[2]!.classes()).toEqual(['num'])
    expect(num.find('tbody td:nth-child(3)').classes()).toEqual(['num'])
    const text = mount(TaskDecisionTable, { props: { tasks: [task('Cycles', 3)], column: 'Status', value: () => 'Discuss later' } })
    expect(text.findAll('th')[2]!.attributes('class')).toBeUndefined()
    expect(text.find('tbody td:nth-child(3)').attributes('class')).toBeUndefined()
  })
})
