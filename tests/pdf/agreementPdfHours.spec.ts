// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { renderAgreementPdf } from '@/pdf/agreementPdf'
import { snapshotOf } from '@/domain/agreementSnapshot'
import { quarterAgreement, quarterDecisions, quarterTasks, school, schoolYear } from '../support/quarterHourAgreement'

const font = (file: string) => readFileSync(fileURLToPath(new URL(`../../public/fonts/${file}`, import.meta.url))).toString('base64')

describe('hours in the agreement PDF', () => {
  // Issue 12: the PDF showed 1.3 + 0.3 + 0.3 + 0.3 beside a total of 2.
  it('prints quarter-hour estimates and totals exactly', async () => {
    const doc = renderAgreementPdf({ snapshot: snapshotOf(quarterAgreement, { school, schoolYear, tasks: quarterTasks, decisions: quarterDecisions }), fingerprint: null },
      { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') })
    const pdf = await getDocument({ data: new Uint8Array(doc.output('arraybuffer')), useSystemFonts: false, isEvalSupported: false }).promise
    const pages: string[] = []
    for (let p = 1; p <= pdf.numPages; p++) {
      const content = await (await pdf.getPage(p)).getTextContent()
      pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' '))
    }
    await pdf.destroy()
    const all = pages.join('\n')
    expect(all).toMatch(/Coaching 12\.75 /)
    expect(all).toMatch(/Professional learning 2 /)
    expect(all).toMatch(/Other duties 0\.75 /)
    expect(all).toMatch(/Total 15\.5/)
    expect(all).toMatch(/Book study Professional learning 1\.25/)
    expect(all).toMatch(/Peer coaching Professional learning 0\.25/)
    expect(all).not.toMatch(/\b1\.3\b|\b0\.3\b|12\.8/)
  })
})
