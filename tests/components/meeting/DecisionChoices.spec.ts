import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DecisionChoices from '@/components/meeting/DecisionChoices.vue'

describe('DecisionChoices', () => {
  it('offers the three decisions with their keys and presses the current one', () => {
    const w = mount(DecisionChoices, { props: { choice: 'discuss', readOnly: false } })
    expect(w.get('[role="group"]').attributes('aria-label')).toBe('Decision')
    const buttons = w.findAll('button')
    expect(buttons.map((b) => [b.text(), b.attributes('aria-keyshortcuts'), b.attributes('aria-pressed')])).toEqual([
      ['✓Will doW', 'W', 'false'],
      ['✕Won’t doN', 'N', 'false'],
      ['?Discuss laterD', 'D', 'true'],
    ])
  })

  it('presses none while the task is undecided, and reports a click as a choice', async () => {
    const w = mount(DecisionChoices, { props: { choice: 'undecided', readOnly: false } })
    expect(w.findAll('button[aria-pressed="true"]')).toHaveLength(0)
    await w.findAll('button')[1]!.trigger('click')
    expect(w.emitted('choose')).toEqual([['wont']])
  })

  it('cannot be pressed on a signed agreement', () => {
    const w = mount(DecisionChoices, { props: { choice: 'will', readOnly: true } })
    expect(w.findAll('button').every((b) => b.attributes('disabled') !== undefined)).toBe(true)
  })
})
