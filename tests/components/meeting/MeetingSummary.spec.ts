import { describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import MeetingSummary from '@/components/meeting/MeetingSummary.vue'
import { DEFAULT_TARGETS } from '@/domain/buckets'
import { orderMeetingItems } from '@/domain/meeting/items'
import { signingReadiness } from '@/domain/meeting/progress'
import { summariseMeeting } from '@/domain/meeting/summary'
import type { Decision, DecisionChoice, Task } from '@/domain/schemas'

const task = (id: string, title: string, bucket: Task['bucket']): Task => ({
  id,
  title,
  description: '',
  bucket,
  origin: 'catalog',
  archived: false,
  sortOrder: 1,
  createdAt: 0,
  updatedAt: 0,
})
const decision = (taskId: string, choice: DecisionChoice, extra: Partial<Decision> = {}): Decision => ({
  id: `d-${taskId}`,
  agreementId: 'a',
  taskId,
  choice,
  note: '',
  insteadBy: '',
  weeklyHours: null,
  decidedAt: 1,
  createdAt: 1,
  updatedAt: 1,
  ...extra,
})
const tasks = [
  task('c', 'Co-teaching a lesson', 'coaching'),
  task('p', 'Leading PLCs', 'other'),
  task('s', 'Overseeing state testing', 'other'),
  task('t', 'Technology support', 'other'),
]

function mountSummary(decisions: Decision[], openItemsAccepted = false, readOnly = false) {
  const items = orderMeetingItems(tasks, decisions)
  const summary = summariseMeeting(items, DEFAULT_TARGETS)
  return mount(MeetingSummary, {
    props: { summary, readiness: signingReadiness(summary.progress, openItemsAccepted), openItemsAccepted, readOnly },
    global: { stubs: { RouterLink: RouterLinkStub } },
  })
}

describe('MeetingSummary', () => {
  const decisions = [
    decision('c', 'will', { weeklyHours: 6, note: 'Grade 3 team' }),
    decision('p', 'will', { weeklyHours: 2 }),
    decision('s', 'wont', { insteadBy: 'Testing coordinator' }),
    decision('t', 'discuss'),
  ]

  it('lists will-do by bucket with hours, won’t-do with who instead, and the total', () => {
    const w = mountSummary(decisions)
    expect(w.get('table[data-bucket="coaching"]').text()).toContain('Co-teaching a lesson6 hGrade 3 team')
    expect(w.get('table[data-bucket="other"] caption').text()).toContain('2 h a week')
    expect(w.text()).toContain('Overseeing state testingTesting coordinator')
    expect(w.get('.total').text()).toBe('Total: 8 h a week')
  })

  it('blocks signing while a task is open, and lets both leave it open explicitly', async () => {
    const w = mountSummary(decisions)
    expect(w.get('[data-testid="readiness"]').text()).toContain('1 task marked for discussion: resolve it before signing.')
    expect(w.findAllComponents(RouterLinkStub).some((l) => l.text().includes('Go to the agreement'))).toBe(false)
    await w.get('[data-testid="readiness"] button').trigger('click')
    expect(w.emitted('acceptOpen')).toEqual([[true]])
    await w.get('.open-list button').trigger('click')
    expect(w.emitted('jump')).toEqual([['t']])
  })

  it('links to the agreement once open items are left open, and can take that back', async () => {
    const w = mountSummary(decisions, true)
    expect(w.get('[data-testid="readiness"]').text()).toContain('you chose to leave it open')
    const link = w.findAllComponents(RouterLinkStub).find((l) => l.text().includes('Go to the agreement to sign'))
    expect(link?.props('to')).toEqual({ name: 'agreement' })
    await w.get('[data-testid="readiness"] button').trigger('click')
    expect(w.emitted('acceptOpen')).toEqual([[false]])
  })

  it('offers no changes on a signed version', () => {
    const w = mountSummary(decisions, false, true)
    expect(w.find('[data-testid="readiness"] button').exists()).toBe(false)
    expect(w.text()).toContain('This version is signed.')
  })
})
