import { describe, expect, it } from 'vitest'
import { BUCKETS } from '@/domain/buckets'
import { FORMER_WORDINGS } from '@/domain/catalogWording'
import { taskSchema } from '@/domain/schemas'
import { catalogEntry, CUSTOM_SORT_START, RETIRED_CATALOG, TASK_CATALOG } from '@/domain/taskCatalog'
import { EVALUATIVE_CONFLICT, guidanceNotes } from '@/domain/taskGuidance'
import { CATALOG_V1 } from '../fixtures/catalogV1'

const byTitle = (title: string) => TASK_CATALOG.find((t) => t.title === title)

describe('the task catalog', () => {
  it('has at least 70 tasks with unique, stable-looking ids, unique titles and unique sort orders', () => {
    expect(TASK_CATALOG.length).toBeGreaterThanOrEqual(70)
    expect(new Set(TASK_CATALOG.map((t) => t.id)).size).toBe(TASK_CATALOG.length)
    expect(new Set(TASK_CATALOG.map((t) => t.title.toLowerCase())).size).toBe(TASK_CATALOG.length)
    expect(new Set([...TASK_CATALOG, ...RETIRED_CATALOG].map((t) => t.sortOrder)).size).toBe(TASK_CATALOG.length + RETIRED_CATALOG.length)
    for (const t of TASK_CATALOG) expect(t.id).toMatch(new RegExp(`^cat-${t.bucket}-[a-z0-9-]+$`))
  })

  it('every task has a bucket and a one-line description that is not the title', () => {
    for (const t of TASK_CATALOG) {
      expect(BUCKETS, t.id).toContain(t.bucket)
      expect(t.description.length, t.id).toBeGreaterThan(20)
      expect(t.description, t.id).not.toContain('\n')
      expect(t.description.toLowerCase(), t.id).not.toBe(t.title.toLowerCase())
    }
  })

  it('names the four tasks principals most often help coaches say no to, as other duties', () => {
    for (const title of ['Leading PLCs', 'Conducting walk-throughs', 'Overseeing state testing', 'Designing and leading workshops']) {
      expect(byTitle(title)?.bucket, title).toBe('other')
    }
  })

  it('covers the commonly assigned duties, each in its bucket', () => {
    const named: Array<[string, string]> = [
      ['Teaching an assigned class', 'other'],
      ['Extra adult in classrooms', 'other'],
      ['Coordinating MTSS or RTI', 'other'],
      ['Coordinating a program', 'other'],
      ['Chairing a department or grade level', 'other'],
      ['Copying and clerical work', 'other'],
      ['Finding resources on request', 'other'],
      ['Preparing or managing budgets', 'other'],
      ['District coaching logs and reports', 'other'],
      ['Travel between schools', 'other'],
      ['Regular meetings with the principal', 'other'],
      ['Leadership-team meetings', 'other'],
      ['Family conferences and outreach', 'other'],
      ['Coaching a teacher on a formal improvement plan', 'other'],
      ['Passing evaluative information to administrators', 'other'],
      ['Learning the curriculum teachers teach', 'learning'],
    ]
    for (const [title, bucket] of named) expect(byTitle(title)?.bucket, title).toBe(bucket)
    expect(byTitle('Coordinating a program')?.description).toMatch(/Title I.*English learner.*gifted/)
  })

  it('widens the descriptions the field asked for', () => {
    expect(catalogEntry('cat-other-state-testing')?.description).toMatch(/proctoring/)
    expect(catalogEntry('cat-other-benchmark-assessments')?.description).toMatch(/progress-monitoring/)
    expect(catalogEntry('cat-other-tech-support')?.description).toMatch(/student log-ins.*rostering/)
    expect(catalogEntry('cat-other-supervision-duties')?.description).toMatch(/assembly/)
    expect(catalogEntry('cat-other-newsletters')?.description).toMatch(/social media/)
  })

  it('draws the boundaries the meeting argues about', () => {
    expect(catalogEntry('cat-coaching-team-coaching')?.description).toMatch(/chose its own goal.*coaching cycle.*PLC or a data meeting/)
    expect(catalogEntry('cat-other-leading-plcs')?.description).toMatch(/team coaching/)
    expect(catalogEntry('cat-other-data-meetings')?.description).toMatch(/outside a coaching cycle/)
    expect(catalogEntry('cat-coaching-co-planning')?.description).toMatch(/goal they set.*unit writing is curriculum writing/)
    expect(catalogEntry('cat-coaching-enrolment')?.description).toMatch(/group/)
    expect(catalogEntry('cat-other-evaluating-teachers')?.description).not.toMatch(/passing/i)
  })

  it('merges online courses into workshops: one task, the other retired', () => {
    expect(RETIRED_CATALOG.map((t) => t.id)).toEqual(['cat-learning-online-courses'])
    expect(catalogEntry('cat-learning-online-courses')).toBeUndefined()
    expect(catalogEntry('cat-learning-workshops-institutes')?.description).toMatch(/workshops.*online courses/)
  })

  it('cautions on quasi-administrator tasks, a time hint on data and testing, the principal meetings suggested', () => {
    for (const id of [
      'cat-other-evaluating-teachers',
      'cat-other-lesson-plan-review',
      'cat-other-walk-throughs',
      'cat-other-improvement-plan-coaching',
    ]) {
      expect(guidanceNotes(catalogEntry(id))[0]?.text, id).toMatch(/^Caution: /)
    }
    for (const id of ['cat-other-state-testing', 'cat-other-benchmark-assessments', 'cat-other-data-meetings', 'cat-other-data-entry']) {
      expect(
        guidanceNotes(catalogEntry(id))
          .map((n) => n.text)
          .join(' '),
        id,
      ).toMatch(/15%/)
    }
    expect(catalogEntry('cat-other-principal-meetings')?.suggested).toBe('will')
    expect(catalogEntry('cat-other-passing-evaluative-info')?.conflictsWith).toEqual(['nothing-shared', 'what-and-whom'])
    expect(EVALUATIVE_CONFLICT).toMatch(/both built-in confidentiality policies/)
    expect(TASK_CATALOG.filter((t) => t.suggested).map((t) => t.id)).toEqual(['cat-other-principal-meetings'])
  })

  it('keeps every id and sort order of the earlier list, and words it in US English', () => {
    CATALOG_V1.forEach((old, index) => {
      const now = [...TASK_CATALOG, ...RETIRED_CATALOG].find((t) => t.id === old.id)
      expect(now?.sortOrder, old.id).toBe((index + 1) * 10)
      expect(now?.bucket, old.id).toBe(old.bucket)
      // Every earlier wording that changed is listed, so an untouched stored task can take the new one.
      if (now && !RETIRED_CATALOG.includes(now)) {
        if (now.title !== old.title) expect(FORMER_WORDINGS[old.id]?.titles, old.id).toContain(old.title)
        if (now.description !== old.description) expect(FORMER_WORDINGS[old.id]?.descriptions, old.id).toContain(old.description)
      }
    })
    const words = TASK_CATALOG.map((t) => `${t.title} ${t.description}`).join(' ')
    expect(words).not.toMatch(/organis|modell|practis|behaviour|enrolment|colour|favour/i)
  })

  it('is in the meeting’s order and every entry is a valid stored task, sorted before custom tasks', () => {
    const order = TASK_CATALOG.map((t) => BUCKETS.indexOf(t.bucket) * CUSTOM_SORT_START + t.sortOrder)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    for (const t of TASK_CATALOG) {
      const parsed = taskSchema.safeParse({ ...t, origin: 'catalog', archived: false, createdAt: 0, updatedAt: 0 })
      expect(parsed.success, t.id).toBe(true)
      expect(t.sortOrder).toBeLessThan(CUSTOM_SORT_START)
    }
  })
})
