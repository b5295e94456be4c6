import { describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import ProjectionPanel from '@/components/meeting/ProjectionPanel.vue'
import { DEFAULT_TARGETS } from '@/domain/buckets'
import { projectSplit } from '@/domain/projection'

const row = (w: ReturnType<typeof mount>, bucket: string) =>
  w
    .get(`tr[data-bucket="${bucket}"]`)
    .findAll('td')
    .map((td) => td.text())

const global = { stubs: { RouterLink: RouterLinkStub } }

describe('ProjectionPanel', () => {
  it('shows an invitation, not a split, before any hours are estimated', () => {
    const w = mount(ProjectionPanel, {
      props: { projection: projectSplit([{ bucket: 'coaching', weeklyHours: null }], DEFAULT_TARGETS) },
      global,
    })
    expect(w.text()).toContain('Give will-do tasks an estimate')
    expect(w.text()).toContain('1 will-do task has no hours estimate yet')
    expect(w.findAll('.bar__segment')).toHaveLength(0)
    expect(row(w, 'coaching').slice(0, 2)).toEqual(['0 h', '–'])
  })

  it('shows hours, shares and a bar, and confirms when both targets are met', () => {
    const w = mount(ProjectionPanel, {
      props: {
        projection: projectSplit(
          [
            { bucket: 'coaching', weeklyHours: 24 },
            { bucket: 'learning', weeklyHours: 4 },
            { bucket: 'other', weeklyHours: 12 },
          ],
          DEFAULT_TARGETS,
        ),
      },
      global,
    })
    expect(w.text()).toContain('40 h planned')
    expect(row(w, 'coaching')[0]).toBe('24 h')
    expect(row(w, 'coaching')[1]).toBe('60%')
    expect(row(w, 'coaching')[2]).toContain('at least 60%, met')
    expect(row(w, 'other')[2]).toContain('at most 30%, met')
    expect(w.get('.bar__segment.bucket--coaching').attributes('style')).toContain('width: 60%')
    expect(w.text()).toContain('This plan meets both targets.')
    expect(w.find('[data-testid="projection-warnings"]').exists()).toBe(false)
  })

  it('lists each warning with an icon and the hours per week, never by colour alone', () => {
    const w = mount(ProjectionPanel, {
      props: { projection: projectSplit([{ bucket: 'other', weeklyHours: 20 }], DEFAULT_TARGETS) },
      global,
    })
    const warnings = w.findAll('[data-testid="projection-warnings"] li')
    expect(warnings.map((li) => li.text())).toEqual([
      '⚠Coaching is 12 h a week short of 60% (0% planned).',
      '⚠Professional learning is 2 h a week short of 10% (0% planned).',
      '⚠Other duties take 14 h a week more than the 30% left for them (100% planned).',
    ])
    expect(row(w, 'coaching')[2]).toContain('not met')
    expect(row(w, 'coaching')[2]).toContain('⚠')
  })

  it('links to the page that explains the two targets', () => {
    const w = mount(ProjectionPanel, {
      props: { projection: projectSplit([{ bucket: 'coaching', weeklyHours: 24 }], DEFAULT_TARGETS) },
      global,
    })
    const link = w.getComponent(RouterLinkStub)
    expect(link.text()).toBe('Why 60% and 10%?')
    expect(link.props('to')).toEqual({ name: 'why-targets' })
  })
})
