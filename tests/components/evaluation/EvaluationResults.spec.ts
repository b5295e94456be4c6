import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { EvaluationResponse } from '@/domain/schemas/evaluation'
import { evaluationResponse, evaluationRound, teacherResponses } from '../../support/evaluationFixtures'

// The chart chunk is mocked; `chart.loaded` records when something first imports it.
const chart = vi.hoisted(() => ({ loaded: false, drawn: [] as unknown[] }))
vi.mock('@/components/dashboard/ChartCanvas.vue', () => {
  chart.loaded = true
  return {
    __esModule: true,
    default: defineComponent({
      props: { option: { type: Object, required: true } },
      setup(props) {
        chart.drawn.push(props.option)
        return () => h('div', { 'data-testid': 'canvas' })
      },
    }),
  }
})

const EvaluationResults = (await import('@/components/evaluation/EvaluationResults.vue')).default

const round = evaluationRound()
const mountResults = (responses: EvaluationResponse[]) => mount(EvaluationResults, { props: { round, responses }, attachTo: document.body })

beforeEach(() => {
  chart.drawn.length = 0
  document.body.innerHTML = ''
})

const cell = (w: ReturnType<typeof mountResults>, table: string, row: string, column: number) =>
  w.get(`[data-testid="${table}"] tr[data-row="${row}"]`).findAll('td')[column]!

describe('EvaluationResults', () => {
  it('does not import the chart with the results: it loads on demand once the results are on screen', async () => {
    expect(chart.loaded).toBe(false)
    const w = mountResults([evaluationResponse('self', 4)])
    await flushPromises()
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(chart.loaded).toBe(true)
    expect(w.find('[data-testid="canvas"]').exists()).toBe(true)
    // The drawing is described by a sentence naming the table with the same figures.
    const drawing = w.get('[role="img"]')
    const summary = w.get(`#${drawing.attributes('aria-describedby')}`)
    expect(summary.text()).toContain('The same figures are in the table “Domain means by rater group”.')
    expect(w.get('[data-testid="domain-table"] caption').text()).toBe('Domain means by rater group')
  })

  it('with two teachers, shows no teacher figure, bar or comment, and says how many more answers are needed', async () => {
    const w = mountResults([
      ...teacherResponses(2, 5, [{ keepDoing: 'Listening closely' }, { doDifferently: 'Visit more often' }]),
      evaluationResponse('self', 3, { keepDoing: 'Asking questions' }),
      evaluationResponse('administrator', 4),
    ])
    expect(w.get('[data-testid="response-counts"]').text()).toContain('Teachers2 answers')
    const needed = w.get('[data-testid="teachers-needed"]').text()
    expect(needed).toContain('until at least 3 teachers have answered')
    expect(needed).toContain('2 teachers have answered, 1 more answer is needed.')
    expect(w.get('[data-comments="teacher"]').text()).toContain('1 more answer is needed')
    expect(w.text()).not.toContain('Listening closely')
    expect(w.text()).not.toContain('Visit more often')
    // No teacher column in any table, and nothing scored 5 (only the teachers gave 5).
    for (const table of w.findAll('table')) {
      expect(table.findAll('th').map((th) => th.text())).not.toContain('Teachers')
      expect(table.text()).not.toContain('5.00')
    }
    expect(cell(w, 'items-conversations', 'listens', 0).text()).toContain('3.00')
    expect(w.get('[data-comments="self"]').text()).toContain('Asking questions')
    await flushPromises()
    await vi.dynamicImportSettled()
    await flushPromises()
    const names = ((chart.drawn.at(-1) as { series: Array<{ name: string }> }).series ?? []).map((s) => s.name)
    expect(names.sort()).toEqual(['Administrator', 'Self-evaluation'])
  })

  it('with three teachers, shows their means, spread, raters and comments', async () => {
    const w = mountResults(
      teacherResponses(3, 4, [
        { keepDoing: 'Listening closely' },
        { keepDoing: 'Modeling lessons' },
        { doDifferently: 'Visit more often' },
      ]),
    )
    expect(w.find('[data-testid="teachers-needed"]').exists()).toBe(false)
    const headers = w.get('[data-testid="domain-table"]').findAll('thead th')
    expect(headers.map((th) => th.text())).toEqual(['Domain', 'Self-evaluation', 'Administrator', 'Teachers', 'Self and teachers'])
    expect(headers.every((th) => th.attributes('scope') === 'col')).toBe(true)
    expect(w.get('[data-testid="domain-table"] tbody th').attributes('scope')).toBe('row')
    const teachers = cell(w, 'items-conversations', 'listens', 2).text()
    expect(teachers).toContain('4.00')
    expect(teachers).toContain('SD 0.00, 3 raters')
    const comments = w.get('[data-comments="teacher"]').text()
    expect(comments).toContain('Listening closely')
    expect(comments).toContain('Visit more often')
  })

  it('leaves “not able to judge” out of the mean and says how many chose it', () => {
    const w = mountResults([
      evaluationResponse('teacher', (id) => (id === 'models' ? 'na' : 4)),
      evaluationResponse('teacher', 2),
      evaluationResponse('teacher', 3),
      evaluationResponse('teacher', 4),
    ])
    const models = cell(w, 'items-strategies', 'models', 2).text()
    // (2 + 3 + 4) / 3, not (0 + 2 + 3 + 4) / 4.
    expect(models).toContain('3.00')
    expect(models).toContain('3 raters')
    expect(models).toContain('1 not able to judge')
    expect(cell(w, 'items-strategies', 'explains', 2).text()).not.toContain('not able to judge')
  })

  it('marks a blind spot and a hidden strength in words with an icon', () => {
    const w = mountResults([
      ...teacherResponses(3, 3),
      evaluationResponse('self', (id) => (['keeps', 'safe', 'notJudge'].includes(id) ? 5 : id === 'choice' ? 2 : 3)),
    ])
    const trust = cell(w, 'domain-table', 'trust', 3)
    expect(trust.text()).toContain('Blind spot')
    expect(trust.text()).toContain('self 2.00 above teachers')
    expect(trust.find('svg[aria-hidden="true"]').exists()).toBe(true)
    const choice = cell(w, 'items-partnership', 'choice', 3)
    expect(choice.text()).toContain('Hidden strength')
    expect(choice.text()).toContain('self 1.00 below teachers')
    expect(choice.find('svg').exists()).toBe(true)
    expect(cell(w, 'items-partnership', 'equal', 3).text()).toBe('No gap of 1 point or more')
    expect(w.get('[data-testid="gap-key"]').text()).toContain('Blind spot')
  })

  it('lists comments by their text, never in the order they arrived', () => {
    const arrived = ['Visit more often', 'Ask fewer questions', 'Model in my room', 'Bring examples']
    const w = mountResults([
      ...teacherResponses(
        4,
        4,
        arrived.map((doDifferently) => ({ doDifferently })),
      ),
      evaluationResponse('administrator', 4, { keepDoing: 'Weekly notes' }),
      evaluationResponse('administrator', 4, { keepDoing: 'Clear goals' }),
    ])
    const shown = w.findAll('[data-comments="teacher"] [data-question="doDifferently"] li').map((li) => li.text())
    expect(shown).toEqual(['Ask fewer questions', 'Bring examples', 'Model in my room', 'Visit more often'])
    expect(shown).not.toEqual(arrived)
    const admin = w.findAll('[data-comments="administrator"] [data-question="keepDoing"] li').map((li) => li.text())
    expect(admin).toEqual(['Clear goals', 'Weekly notes'])
  })

  it('hides an item’s teacher figure when fewer than 3 teachers rated it, saying why', () => {
    const w = mountResults([
      evaluationResponse('teacher', (id) => (id === 'models' ? 'na' : 4)),
      evaluationResponse('teacher', (id) => (id === 'models' ? 'na' : 4)),
      evaluationResponse('teacher', 2),
    ])
    const models = cell(w, 'items-strategies', 'models', 2).text()
    expect(models).toContain('Hidden')
    expect(models).toContain('1 of 3 teachers rated this, fewer than 3')
    expect(models).not.toContain('2.00')
  })

  it('names each item in the administrator’s (third-person) wording', () => {
    const w = mountResults([evaluationResponse('self', 4)])
    const choice = round.form.items.find((i) => i.id === 'choice')!
    expect(w.get('[data-testid="items-partnership"] tr[data-row="choice"] th').text()).toBe(choice.wording.administrator)
  })

  it('uses the round’s own threshold when it is raised', () => {
    const w = mount(EvaluationResults, { props: { round: evaluationRound({ minTeachers: 5 }), responses: teacherResponses(4, 4) } })
    expect(w.get('[data-testid="teachers-needed"]').text()).toContain('4 teachers have answered, 1 more answer is needed.')
  })
})
