// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { agreementPdfFileName, renderAgreementPdf, type AgreementPdfInput } from '@/pdf/agreementPdf'
import { defaultSections } from '@/domain/agreementSections'
import { fingerprintOf, snapshotOf } from '@/domain/agreementSnapshot'
import type { Agreement, Decision, School } from '@/domain/schemas'
import { agreement, decision, decisions, school, schoolYear, tasks } from '../fixtures/agreement'

/** The PDF's input as the app builds it: the version's snapshot and, once signed, its fingerprint. */
function input(a: Agreement, d: readonly Decision[] = decisions, s: School = school, fingerprint: string | null = null): AgreementPdfInput {
  return { snapshot: snapshotOf(a, { decisions: d, tasks, school: s, schoolYear }), fingerprint }
}

const font = (file: string) => readFileSync(fileURLToPath(new URL(`../../public/fonts/${file}`, import.meta.url))).toString('base64')
const fonts = { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') }

async function pdfText(input: AgreementPdfInput): Promise<{ pages: string[]; bytes: Uint8Array }> {
  const bytes = new Uint8Array(renderAgreementPdf(input, fonts).output('arraybuffer'))
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent()
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' '))
  }
  await pdf.destroy()
  return { pages, bytes }
}

const sections = defaultSections()
sections.confidentiality = { policy: 'own', ownWording: 'Nothing about a teacher’s practice is shared — ever.' }
sections.support.commitments.push({ id: 'own-1', text: 'Cover the coach’s lunch duty on Fridays', checked: true, custom: true })
sections.principles.praxis = { agreed: false, note: 'Revisit in January' }

const signedAt = Date.UTC(2026, 8, 15, 15)
const signed: AgreementPdfInput = input(agreement({
  version: 3, status: 'signed', sections, signedAt, basedOnId: 'a-0',
  signatures: { coach: { name: 'Renée Okafor', signedAt }, principal: { name: 'José Martínez', signedAt } },
}), decisions, { ...school, name: 'Escuela Año Nuevo' }, 'c0ffee12d00d5eed'.padEnd(64, '0'))

describe('the agreement PDF', () => {
  it('holds every section, the decision tables, the split, accented names and the version as real text', async () => {
    const { pages, bytes } = await pdfText(signed)
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    const all = pages.join('\n')
    for (const heading of ['1. Understanding coaching', '2. Partnership principles', '3. Role and time', '4. How the principal supports coaching',
      '5. The coach’s professional learning', '6. Confidentiality', '7. Evaluation', 'Signatures']) {
      expect(all).toContain(heading)
    }
    expect(all).toContain('Renée Okafor')
    expect(all).toContain('José Martínez')
    expect(all).toContain('Escuela Año Nuevo')
    expect(all).toContain('Zoë Lindqvist')
    expect(all).toContain('“when invited”')
    expect(all).toContain('Nothing about a teacher’s practice is shared — ever.')
    expect(all).toContain('Version 3')
    expect(all).toContain('15 September 2026')
    // Decision tables: will with hours, won't with who instead.
    expect(all).toContain('Tasks the coach will do (3)')
    expect(all).toContain('Impact cycles with teachers')
    expect(all).toContain('Tasks the coach won’t do (1)')
    expect(all).toContain('Who does it instead')
    expect(all).toContain('Leading PLCs')
    // Projected split: 24 + 4 + 2 = 30 hours -> 80% coaching, 13.3% learning, 6.7% other.
    expect(all).toMatch(/Coaching 24 80%/)
    expect(all).toMatch(/Professional learning 4 13.3%/)
    expect(all).toContain('Cover the coach’s lunch duty on Fridays')
    expect(all).toContain('Not agreed')
    expect(all).not.toContain('DRAFT')
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`))
  })

  it('marks a draft clearly and lists the tasks left open', async () => {
    const draft = input(agreement({ version: 2 }), [...decisions.slice(0, 3), decision('a-1', 't-testing', 'discuss', { note: 'Ask the district' })])
    const { pages } = await pdfText(draft)
    expect(pages[0]).toContain('DRAFT — not signed')
    for (const page of pages) expect(page).toContain('Version 2 · DRAFT')
    const all = pages.join('\n')
    expect(all).toContain('Tasks left open (1)')
    expect(all).toContain('Discuss later')
    expect(all).toContain('Not signed: this is a draft')
    expect(all).not.toContain('Fingerprint')
  })

  it('prints the signed version’s fingerprint in every footer', async () => {
    const { pages } = await pdfText(signed)
    for (const page of pages) expect(page).toContain('Signed 15 September 2026 · Fingerprint C0FF EE12 D00D 5EED')
  })

  it('prints the snapshot it is given, whatever the task records say now', async () => {
    const frozen = structuredClone(signed)
    frozen.snapshot.tasks[2]!.title = 'Leading PLCs as signed'
    const { pages } = await pdfText({ ...frozen, fingerprint: await fingerprintOf(frozen.snapshot) })
    const all = pages.join('\n')
    expect(all).toContain('Leading PLCs as signed')
  })

  it('names the file after school, year and version', () => {
    expect(agreementPdfFileName(signed)).toBe('escuela-ano-nuevo-2026-27-role-agreement-v3.pdf')
    expect(agreementPdfFileName(input(agreement({ version: 4 }), decisions, { ...school, name: 'Escuela Año Nuevo' }))).toBe('escuela-ano-nuevo-2026-27-role-agreement-v4-draft.pdf')
  })
})
