import { afterEach, describe, expect, it, vi } from 'vitest'
import { computed, h, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import DecisionChoices from '@/components/meeting/DecisionChoices.vue'
import PresentationView, { type PresentationSession } from '@/components/meeting/PresentationView.vue'
import { notesHidden } from '@/composables/presentationPrivacy'
import { DEFAULT_TARGETS } from '@/domain/buckets'
import { choiceOf, orderMeetingItems } from '@/domain/meeting/items'
import { meetingProgress, progressText } from '@/domain/meeting/progress'
import { projectMeeting } from '@/domain/meeting/summary'
import type { Decision, DecisionChoice, Task } from '@/domain/schemas'

const task = (id: string, title: string, bucket: Task['bucket'], description = ''): Task => ({
  id,
  title,
  description,
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
  task('plc', 'Leading PLCs', 'other', 'Facilitating grade-level team meetings.'),
  task('cycle', 'Impact cycles with teachers', 'coaching'),
  task('pd', 'Coach’s own professional learning', 'learning'),
  task('walk', 'Conducting walk-throughs', 'other'),
]
const decisions = [
  decision('plc', 'wont', { insteadBy: 'Zoë Lindqvist', note: 'Only while Ms. Alvarez is on leave' }),
  decision('cycle', 'will', { weeklyHours: 16 }),
  decision('pd', 'will', { weeklyHours: 2 }),
  decision('walk', 'will', { weeklyHours: 7 }),
]

/** A stand-in for the meeting session: the same shape, with the actions recorded. */
function fakeSession(readOnly = false) {
  const items = computed(() => orderMeetingItems(tasks, decisions))
  const index = ref(items.value.findIndex((i) => i.task.id === 'plc'))
  const session = {
    current: computed(() => items.value[index.value]),
    progress: computed(() => meetingProgress(items.value)),
    projection: computed(() => projectMeeting(items.value, DEFAULT_TARGETS)),
    readOnly: computed(() => readOnly),
    announcement: ref(''),
    decide: vi.fn(async (_choice: DecisionChoice) => true),
    move: vi.fn((direction: 1 | -1) => {
      index.value = Math.min(Math.max(index.value + direction, 0), items.value.length - 1)
      return true
    }),
    undo: vi.fn(async () => undefined),
    choiceOf,
  }
  return session
}

/** Mounted as the decide pane mounts it: the progress as text, the decision buttons in the slot. */
function mountView(session = fakeSession()) {
  return mount(PresentationView, {
    props: { session: session as unknown as PresentationSession, progressText: progressText(session.progress.value) },
    slots: {
      choices: (p: { choice: DecisionChoice; choose: (c: DecisionChoice) => void }) =>
        h(DecisionChoices, { choice: p.choice, readOnly: session.readOnly.value, onChoose: p.choose }),
    },
    attachTo: document.body,
  })
}
const press = (key: string, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))

afterEach(() => {
  notesHidden.value = false
  document.body.innerHTML = ''
})

describe('PresentationView', () => {
  it('shows only the task, the two targets as figures, progress and the decision buttons', async () => {
    const w = mountView()
    await flushPromises()
    expect(w.get('h2').text()).toBe('Leading PLCs')
    expect(w.text()).toContain('Facilitating grade-level team meetings.')
    expect(w.get('[data-testid="presentation-progress"]').text()).toBe('4 of 4 decided')
    const coaching = w.get('[data-bucket="coaching"]').text()
    expect(coaching).toContain('64%')
    expect(coaching).toContain('coaching, target 60%')
    expect(coaching).toContain('Target met.')
    const learning = w.get('[data-bucket="learning"]').text()
    expect(learning).toContain('8%')
    expect(learning).toContain('professional learning, target 10%')
    // The warning is words and an icon, not colour alone.
    expect(learning).toContain('Professional learning is')
    expect(w.get('[data-bucket="learning"] .share__state--warn [aria-hidden="true"]').text()).toBe('⚠')
    expect(w.findAll('.choices button').map((b) => b.text())).toEqual(['✓Will doW', '✕Won’t doN', '?Discuss laterD'])
    expect(w.find('nav').exists()).toBe(false)
    expect(w.find('table').exists()).toBe(false)
    w.unmount()
  })

  it('moves focus into the view when it opens', async () => {
    const w = mountView()
    await flushPromises()
    expect(document.activeElement).toBe(w.get('h2').element)
    w.unmount()
  })

  it('decides by click and by key through the session, then opens the next task', async () => {
    const session = fakeSession()
    const w = mountView(session)
    await flushPromises()
    await w.findAll('.choices button')[0]!.trigger('click')
    expect(session.decide).toHaveBeenLastCalledWith('will')
    expect(session.move).toHaveBeenLastCalledWith(1)
    press('n')
    expect(session.decide).toHaveBeenLastCalledWith('wont')
    press('d')
    expect(session.decide).toHaveBeenLastCalledWith('discuss')
    expect(session.move).toHaveBeenCalledTimes(3)
    press('ArrowLeft')
    expect(session.move).toHaveBeenLastCalledWith(-1)
    press('u')
    expect(session.undo).toHaveBeenCalledOnce()
    w.unmount()
  })

  it('leaves with Escape, with P, and with its button', async () => {
    const w = mountView()
    await flushPromises()
    press('Escape')
    press('p')
    await w.get('button[aria-keyshortcuts="P Escape"]').trigger('click')
    expect(w.emitted('leave')).toHaveLength(3)
    w.unmount()
  })

  it('does not change a signed agreement: the buttons are off and a key does not move on', async () => {
    const session = fakeSession(true)
    const w = mountView(session)
    await flushPromises()
    expect(w.findAll('.choices button').every((b) => b.attributes('disabled') !== undefined)).toBe(true)
    press('w')
    expect(session.move).not.toHaveBeenCalled()
    w.unmount()
  })

  it('hides the note and who does it instead behind a pressed switch, and says so', async () => {
    const w = mountView()
    await flushPromises()
    const toggle = w.get('button[aria-pressed]')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    expect(w.get('[data-testid="presentation-answer"]').text()).toContain('Zoë Lindqvist')
    expect(w.text()).toContain('Only while Ms. Alvarez is on leave')
    expect(w.find('[data-testid="notes-hidden"]').exists()).toBe(false)

    await toggle.trigger('click')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    expect(w.get('[data-testid="notes-hidden"]').text()).toBe('Notes hidden')
    expect(w.text()).not.toContain('Zoë Lindqvist')
    expect(w.text()).not.toContain('Only while Ms. Alvarez is on leave')
    w.unmount()

    // Remembered for the visit: the next presentation opens with them still hidden.
    const again = mountView()
    await flushPromises()
    expect(again.get('button[aria-pressed]').attributes('aria-pressed')).toBe('true')
    expect(again.text()).not.toContain('Zoë Lindqvist')
    await again.get('button[aria-pressed]').trigger('click')
    expect(again.text()).toContain('Zoë Lindqvist')
    again.unmount()
  })
})
