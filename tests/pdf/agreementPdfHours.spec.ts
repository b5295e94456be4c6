// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { renderAgreementPdf } from '@/pdf/agreementPdf'
import { snapshotOf } from '@/domain/agreementSnapshot'
import { quarterAgreement, quarterDecisions, quarterTasks, school, schoolYear } from '../support/quarterHourAgreement'
import { readPdf, testFonts } from '../support/pdfDocument'

describe('hours in the agreement PDF', { timeout: 30_000 }, () => {
  // Issue 12: the PDF showed 1.3 + 0.3 + 0.3 + 0.3 beside a total of 2.
  it('prints quarter-hour estimates and totals exactly', async () => {
    const snapshot = snapshotOf(quarterAgreement, { school, schoolYear, tasks: quarterTasks, decisions: quarterDecisions })
    const { bytes } = await renderAgreementPdf({ snapshot, fingerprint: null }, testFonts)
    const all = (await readPdf(bytes)).pages.join('\n')
    expect(all).toMatch(/Coaching 12\.75 /)
    expect(all).toMatch(/Professional learning 2 /)
    expect(all).toMatch(/Other duties 0\.75 /)
    expect(all).toMatch(/Total 15\.5/)
    expect(all).toMatch(/Book study Professional learning 1\.25/)
    expect(all).toMatch(/Peer coaching Professional learning 0\.25/)
    expect(all).not.toMatch(/\b1\.3\b|\b0\.3\b|12\.8/)
  })
})
