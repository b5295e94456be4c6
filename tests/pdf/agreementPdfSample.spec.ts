// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { agreementDocument } from '@/pdf/agreementDocument'
import { snapshotOf } from '@/domain/agreementSnapshot'
import { agreement, decisions, school, schoolYear, tasks } from '../fixtures/agreement'

const view = { snapshot: snapshotOf(agreement(), { decisions, tasks, school, schoolYear }), fingerprint: null }

describe('the sample school’s agreement PDF', () => {
  it('carries the sample badge wherever it names the school', () => {
    const model = agreementDocument({ ...view, sample: true })
    const name = `${school.name} (Sample school)`
    expect(model.title).toContain(name)
    expect(model.header.left).toContain(name)
    const text = JSON.stringify(model.blocks)
    expect(text).toContain(`${name}, school year`)
    expect(text).not.toMatch(new RegExp(`${school.name}(?! \\(Sample school\\))`))
  })

  it('leaves a real school’s name as it is', () => {
    const model = agreementDocument(view)
    expect(model.title).not.toContain('Sample school')
    expect(JSON.stringify(model.blocks)).not.toContain('Sample school')
  })
})
