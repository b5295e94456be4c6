import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { mountRoutes } from '../support/mountWithRouter'
import { type VueWrapper } from '@vue/test-utils'
import { routes } from '@/router'
import { db } from '@/db/database'
import { setCellHours } from '@/db/timeLog'
import { seedAgreement, seedTask, seedTimeLog } from '../support/timeLogFixtures'
import { resetDatabase } from '../support/database'

// Views load lazily and liveQuery answers arrive asynchronously; a loaded CI machine needs slack.
vi.setConfig({ testTimeout: 30_000 })
const until = <T>(check: () => T) => vi.waitFor(check, { timeout: 10_000, interval: 20 })
beforeAll(async () => {
  await Promise.all([import('@/views/TimeLogView.vue'), import('@/views/TimeWeekView.vue'), import('@/views/TimeYearView.vue')])
})

let wrapper: VueWrapper | undefined
let ctx: Awaited<ReturnType<typeof seedTimeLog>>

async function open(path: string) {
  const mounted = await mountRoutes(path, { routes })
  wrapper = mounted.wrapper
  return mounted
}
const rowTitles = (w: VueWrapper) => w.findAll('table.timesheet tbody tr:not(.group-head):not(.subtotal) th').map((t) => t.text())

beforeEach(async () => {
  await resetDatabase()
  ctx = await seedTimeLog({ secondSchool: true })
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('time log week view', () => {
  it('without an agreement: explains the meeting fills the rows and offers the three bucket rows', async () => {
    const { wrapper } = await open('/time?week=2026-09-16')
    await until(() => expect(wrapper.text()).toContain('Week 5 · Sep 14 – 18, 2026'))
    expect(wrapper.text()).toContain('Lincoln Elementary has no agreement for this school year yet')
    expect(rowTitles(wrapper)).toEqual([
      'Coaching, no specific task',
      'Professional learning, no specific task',
      'Other duties, no specific task',
    ])
    expect(wrapper.text()).toContain('the default targets')
    // The explanation of the targets is one link away from the week's flags.
    const why = wrapper.get('[data-testid="week-flags"] + .why-link a')
    expect([why.text(), why.attributes('href')]).toEqual(['Why 60% and 10%?', '/why-targets'])
  })

  it('with an agreement: will-do rows, its targets, won’t-do tasks in the picker, drift listed', async () => {
    const cycles = await seedTask('Coaching cycles', 'coaching', 1)
    const book = await seedTask('Book study', 'learning', 2)
    const lunch = await seedTask('Lunch duty', 'other', 3)
    await seedTask('Old task', 'other', 4, { archived: true })
    await seedAgreement(
      ctx.lincoln.id,
      ctx.year.id,
      [
        [cycles.id, 'will'],
        [book.id, 'will'],
        [lunch.id, 'wont'],
      ],
      { targets: { coachingPct: 70, learningPct: 10 } },
    )
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-09-15', rowKey: lunch.id, hours: 2 })
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-09-15', rowKey: cycles.id, hours: 6 })
    const { wrapper } = await open('/time?week=2026-09-14')
    // Book study has no time this week or last: it waits behind "More rows".
    await until(() => expect(rowTitles(wrapper)).toEqual(['Coaching cycles', 'Lunch duty⚠ Agreed won’t do']))
    const more = wrapper.findAll('button').find((b) => b.text() === 'More rows (1)')!
    expect(more.attributes('aria-expanded')).toBe('false')
    await more.trigger('click')
    expect(rowTitles(wrapper)).toEqual(['Coaching cycles', 'Book study', 'Lunch duty⚠ Agreed won’t do'])
    await until(() => expect(wrapper.text()).toContain('coaching at least 70%'))
    expect(wrapper.text()).toContain('from the signed agreement, version 1')
    await until(() => expect(wrapper.find('.drift').text()).toContain('Lunch duty: 2 h'))
    // 6 of 8 hours coaching = 75%: above 70%; learning 0% below 10%.
    expect(wrapper.text()).toContain('Professional learning 0% is below the 10% target')
    expect(wrapper.text()).not.toContain('Coaching 75% is below')
    const options = wrapper
      .get('#add-row')
      .findAll('option')
      .map((o) => o.text())
    expect(options).toContain('Coaching, no specific task')
    expect(options).not.toContain('Old task') // archived
    expect(options).not.toContain('Coaching cycles') // already a row
  })

  it('keeps an added row on the school’s sheet in other weeks until it is removed; standard rows cannot be removed', async () => {
    const { wrapper } = await open('/time?week=2026-09-14')
    await until(() => expect(rowTitles(wrapper)).toHaveLength(3))
    expect(wrapper.findAll('button.remove')).toHaveLength(0) // the three bucket rows shown without an agreement
    const data = await seedTask('Data team', 'other', 5)
    await until(() =>
      expect(
        wrapper
          .get('#add-row')
          .findAll('option')
          .map((o) => o.text()),
      ).toContain('Data team'),
    )
    await wrapper.get('#add-row').setValue(data.id)
    await wrapper.get('form.add-row').trigger('submit')
    await until(() => expect(rowTitles(wrapper)).toContain('Data team'))
    expect((await db.schools.get(ctx.lincoln.id))!.timesheetRows).toEqual([data.id])

    // A fresh app (as after a reload) on another week still shows it.
    wrapper.unmount()
    const next = await open('/time?week=2026-09-21')
    await until(() => expect(rowTitles(next.wrapper)).toContain('Data team'))
    await next.wrapper.get('button[aria-label="Remove the row Data team"]').trigger('click')
    await until(() => expect(rowTitles(next.wrapper)).not.toContain('Data team'))
    expect((await db.schools.get(ctx.lincoln.id))!.timesheetRows).toEqual([])
  })

  it('shows each school and all schools together, and switches the sheet to another school', async () => {
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-09-14', rowKey: 'bucket:coaching', hours: 6 })
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-09-14', rowKey: 'bucket:learning', hours: 1 })
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-09-14', rowKey: 'bucket:other', hours: 3 })
    await setCellHours({ schoolId: ctx.washington!.id, schoolYearId: ctx.year.id, date: '2026-09-15', rowKey: 'bucket:other', hours: 10 })
    const { wrapper, router } = await open('/time?week=2026-09-14')
    const table = () => wrapper.findAll('table').find((t) => t.find('caption').text() === 'This week at each school')
    await until(() => expect(table()?.find('tbody tr').text()).toContain('On target'))
    const rows = table()!
      .findAll('tbody tr')
      .map((r) => r.text())
    expect(rows[0]).toContain('Lincoln Elementary')
    expect(rows[0]).toContain('On target')
    expect(rows[1]).toContain('Washington Middle')
    expect(rows[1]).toContain('Coaching 0% is below the 60% target')
    expect(rows[2]).toContain('All schools together')
    expect(rows[2]).toContain('Coaching 30% is below the 60% target')
    expect(wrapper.get('[data-testid="week-total"]').text()).toBe('10')

    await wrapper.get('#time-school').setValue(ctx.washington!.id)
    await until(() => expect(router.currentRoute.value.query.school).toBe(ctx.washington!.id))
    await until(() => expect(wrapper.text()).toContain('Washington Middle · school year 2026–27'))
    await until(() => expect(wrapper.get('[data-testid="day-total-2026-09-15"]').text()).toBe('10'))
  })

  it('leaves the sample school out of all schools together, its badge on its own row', async () => {
    await db.schools.update(ctx.washington!.id, { sample: true })
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-09-14', rowKey: 'bucket:coaching', hours: 6 })
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-09-14', rowKey: 'bucket:learning', hours: 1 })
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-09-14', rowKey: 'bucket:other', hours: 3 })
    await setCellHours({ schoolId: ctx.washington!.id, schoolYearId: ctx.year.id, date: '2026-09-15', rowKey: 'bucket:other', hours: 10 })
    const { wrapper } = await open(`/time?week=2026-09-14&school=${ctx.lincoln.id}`)
    const table = () => wrapper.findAll('table').find((t) => t.find('caption').text() === 'This week at each school')
    await until(() => expect(table()?.find('tbody tr').text()).toContain('On target'))
    const rows = table()!
      .findAll('tbody tr')
      .map((r) => r.text())
    // One real school left: no combined row that would only repeat it.
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('Lincoln Elementary')
    expect(rows[1]).toContain('Washington Middle (Sample school)')
  })

  it('copy last week fills an empty week and then goes away', async () => {
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-09-14', rowKey: 'bucket:coaching', hours: 4 })
    const { wrapper } = await open('/time?week=2026-09-21')
    const button = await until(() => {
      const b = wrapper.findAll('button').find((x) => x.text() === 'Copy last week')
      if (!b) throw new Error('no copy button yet')
      return b
    })
    await button.trigger('click')
    await until(() => expect(wrapper.get('[data-testid="week-total"]').text()).toBe('4'))
    expect(await db.timeEntries.where('date').equals('2026-09-21').count()).toBe(1)
    await until(() => expect(wrapper.findAll('button').some((x) => x.text() === 'Copy last week')).toBe(false))
  })

  it('a holiday week says it is marked and is not flagged', async () => {
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-11-23', rowKey: 'bucket:other', hours: 4 })
    const { wrapper } = await open('/time?week=2026-11-24')
    await until(() => expect(wrapper.text()).toContain('This week is marked Holiday: Thanksgiving'))
    await until(() => expect(wrapper.findAll('table')[1]!.find('tbody tr').text()).toContain('No school'))
  })

  it('a Sunday-first week still shows Monday to Friday, and the weekend when time is logged on it', async () => {
    await db.schoolYears.update(ctx.year.id, { firstDayOfWeek: 0 })
    const { wrapper } = await open('/time?week=2026-09-16')
    await until(() => expect(wrapper.text()).toContain('Week 5 · Sep 14 – 18, 2026'))
    const heads = () => wrapper.findAll('thead th.day').map((t) => t.text())
    expect(heads()).toEqual(['MonSep 14', 'TueSep 15', 'WedSep 16', 'ThuSep 17', 'FriSep 18'])
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-09-13', rowKey: 'bucket:learning', hours: 2 })
    await until(() => expect(heads()).toEqual(['SunSep 13', 'MonSep 14', 'TueSep 15', 'WedSep 16', 'ThuSep 17', 'FriSep 18', 'SatSep 19']))
  })
})

describe('time log year view', () => {
  it('lists every week with its status and links each to its week', async () => {
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-08-17', rowKey: 'bucket:coaching', hours: 6 })
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-08-17', rowKey: 'bucket:learning', hours: 1 })
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-08-17', rowKey: 'bucket:other', hours: 3 })
    await setCellHours({ schoolId: ctx.lincoln.id, schoolYearId: ctx.year.id, date: '2026-08-24', rowKey: 'bucket:other', hours: 3 })
    const { wrapper } = await open('/time/year')
    const rows = () => wrapper.findAll('table.weeks tbody tr')
    await until(() => expect(rows()).toHaveLength(43))
    await until(() => expect(rows()[0]!.text()).toContain('On target'))
    expect(rows()[1]!.text()).toContain('Coaching below 60%')
    expect(rows()[1]!.text()).toContain('Professional learning below 10%')
    expect(rows()[14]!.text()).toContain('Thanksgiving')
    expect(rows()[0]!.get('a').attributes('href')).toBe('/time?week=2026-08-17')
    expect(wrapper.text()).toContain('All schools together') // switcher option, two schools
  })
})
