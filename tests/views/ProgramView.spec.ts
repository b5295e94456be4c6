import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/db/database'
import { saveSettings } from '@/db/repository'
import type { CoachingCycle } from '@/domain/schemas/cycle'
import ProgramView from '@/views/ProgramView.vue'
import { resetDatabase } from '../support/database'
import { cycleRecord } from '../support/cycleSeed'
import { mountWithRouter } from '../support/mountWithRouter'
import { seedFirstRun } from '../support/seed'

const met = { result: 'met', date: '2026-11-02', reason: '' } as const

/** Five teachers at the active school: four goals set, three met, one partly met, one still identifying. */
async function seedProgram() {
  const ids = await seedFirstRun()
  const one = (i: number, extra: Partial<CoachingCycle>) => cycleRecord({ id: `cycle-${i}`, teacherName: `Teacher ${i}`, ...ids, ...extra })
  await db.cycles.bulkPut([
    one(1, { outcome: met }),
    one(2, { outcome: met }),
    one(3, { outcome: met }),
    one(4, { outcome: { result: 'partly-met', date: '2026-11-02', reason: '' } }),
    one(5, { goal: '', target: null, strategies: [] }),
  ])
  return ids
}

async function mountProgram() {
  const { wrapper } = await mountWithRouter(ProgramView, '/cycles/program', { real: { program: ProgramView } })
  return wrapper
}

const figureRow = (wrapper: Awaited<ReturnType<typeof mountProgram>>, key: string) => wrapper.get(`[data-figure="${key}"]`)

describe('ProgramView', () => {
  beforeEach(resetDatabase)

  it('says how many goals were set and met, shows every figure with what it covers, and marks a figure behind one teacher as left out of the principal’s report', async () => {
    await seedProgram()
    const wrapper = await mountProgram()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="program-headline"]').exists()).toBe(true))
    expect(wrapper.get('h1').text()).toBe('Program results')
    expect(wrapper.get('[data-testid="program-headline"]').text()).toBe('4 goals set, 3 met.')
    expect(figureRow(wrapper, 'goalsSet').text()).toContain('Cycles with a goal and a target.')
    const partly = figureRow(wrapper, 'partlyMet').text()
    expect(partly).toContain('Partly met')
    // The coach sees the number; the mark says the principal's outputs leave it out.
    expect(partly).toMatch(/Partly met\s*1/)
    expect(partly).toContain('Not in the principal’s report or CSV')
    expect(partly).toContain('1 teacher is behind this figure, fewer than 3.')
    expect(figureRow(wrapper, 'goalsSet').text()).not.toContain('Not in the principal’s report or CSV')
    expect(figureRow(wrapper, 'notMet').text()).toContain('0')
    expect(figureRow(wrapper, 'teachersReached').text()).toContain('5')
    const strategies = wrapper.get('table').text()
    expect(strategies).toContain('Exit tickets')
    expect(strategies).toContain('Cycles that used “Exit tickets” and met their goal.')
    expect(wrapper.find('.program__reviews').exists()).toBe(true)
    wrapper.unmount()
  })

  it('switches to every school of the year, where the support reviews are not shown', async () => {
    const ids = await seedProgram()
    await db.cycles.put(
      cycleRecord({ id: 'cycle-other', teacherName: 'Across Town', schoolId: 'school-2', schoolYearId: ids.schoolYearId, outcome: met }),
    )
    await db.cycles.put(
      cycleRecord({ id: 'cycle-old', teacherName: 'Last Year', schoolId: 'school-2', schoolYearId: 'another-year', outcome: met }),
    )
    const wrapper = await mountProgram()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="program-headline"]').exists()).toBe(true))
    expect(wrapper.get('legend').text()).toBe('Show results for')
    expect(wrapper.get<HTMLInputElement>('input[value="school"]').element.checked).toBe(true)
    await wrapper.get('input[value="all"]').setValue(true)
    await vi.waitFor(() => expect(wrapper.get('[data-testid="program-headline"]').text()).toBe('5 goals set, 4 met.'))
    expect(wrapper.text()).toContain('Goal results · All schools')
    expect(wrapper.find('.program__reviews').exists()).toBe(false)
    wrapper.unmount()
  })

  it('marks more figures under a larger smallest group from the settings', async () => {
    await seedProgram()
    await saveSettings({ minTeachers: 4 })
    const wrapper = await mountProgram()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="program-headline"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="program-headline"]').text()).toBe('4 goals set, 3 met.')
    expect(figureRow(wrapper, 'met').text()).toContain('fewer than 4.')
    expect(figureRow(wrapper, 'met').text()).toContain('Not in the principal’s report or CSV')
    expect(wrapper.text()).toContain('A figure behind fewer than 4 teachers is marked')
    wrapper.unmount()
  })

  it('without cycles, says so and links to the cycles page', async () => {
    await seedFirstRun()
    const wrapper = await mountProgram()
    await vi.waitFor(() => expect(wrapper.text()).toContain('No coaching cycles yet'))
    expect(wrapper.text()).toContain('This school has no coaching cycle this year.')
    const link = wrapper.findAll('a').find((a) => a.text() === 'Go to the cycles')!
    expect(link.attributes('href')).toBe('/cycles')
    expect(wrapper.find('[data-testid="program-headline"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
