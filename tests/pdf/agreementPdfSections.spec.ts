// @vitest-environment node
/** Issue 16: the PDF carries the new agreement content, and a first-edition version keeps its own words. */
import { describe, expect, it } from 'vitest'
import { firstEditionDefaults } from '@/domain/agreementLegacy'
import { readSections } from '@/domain/agreementSections'
import { PRINCIPLE_MEANINGS, PRINCIPLE_MEANINGS_V1 } from '@/domain/agreementMeanings'
import { snapshotOf } from '@/domain/agreementSnapshot'
import { renderAgreementPdf } from '@/pdf/agreementPdf'
import { agreement, decisions, school, schoolYear, tasks } from '../fixtures/agreement'
import { readPdf, testFonts } from '../support/pdfDocument'

const squash = (s: string) => s.replace(/\s+/g, '')
async function pdfText(sections: Record<string, unknown>, defaults?: ReturnType<typeof firstEditionDefaults>): Promise<string> {
  const snapshot = snapshotOf(agreement({ sections }), { decisions, tasks, school, schoolYear }, defaults)
  const { bytes } = await renderAgreementPdf({ snapshot, fingerprint: null }, testFonts)
  return squash((await readPdf(bytes)).pages.join(' '))
}

describe('the agreement PDF, second edition', { timeout: 30_000 }, () => {
  it('shows the new content of every section', async () => {
    const sections = readSections({})
    sections.principles.voice = { agreed: false, note: '' }
    sections.roleAndTime.reviewDate = '2027-01-15'
    sections.learning.protectedTime = 'Friday mornings'
    sections.learning.funding = 'Title II professional development funds'
    const text = await pdfText(sections)
    for (const expected of [
      'What coaching rests on',
      'New requests during the year',
      'We review this agreement on',
      'Jan 15, 2027',
      'Never present coaching as a consequence',
      'Never ask the coach for evaluative information',
      'Take part in training on coaching',
      'Protected time for learning',
      'Friday mornings',
      'How it is funded',
      'Title II professional development funds',
      'Not chosen yet',
      'How teachers are told',
      'Exceptions',
      'mandated reporting',
      'Classroom video',
      'anonymous and summarized',
      'reported in aggregate',
      'Not decided yet',
      'Not agreed',
      PRINCIPLE_MEANINGS.praxis,
    ])
      expect(text, expected).toContain(squash(expected))
  })

  it('a first-edition version prints in the words it was signed with', async () => {
    const first = firstEditionDefaults()
    const text = await pdfText(first, first)
    expect(text).toContain(squash(PRINCIPLE_MEANINGS_V1.praxis))
    for (const absent of [
      'What coaching rests on',
      'New requests during the year',
      'Classroom video',
      'anonymous and summarized',
      'Not chosen yet',
    ]) {
      expect(text, absent).not.toContain(squash(absent))
    }
  })
})
