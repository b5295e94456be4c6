/**
 * Lays out the role agreement as a PDF with jsPDF + jspdf-autotable. Only ever loaded through
 * a dynamic import when someone exports, so none of this is on the first screen.
 * Text is real text in an embedded DejaVu Sans, so accented names and curly quotes survive.
 */
import { jsPDF } from 'jspdf'
import type { PdfFonts } from './pdfFonts'
import { autoTable, type RowInput, type UserOptions } from 'jspdf-autotable'
import { BUCKETS, BUCKET_LABELS } from '@/domain/buckets'
import { PRINCIPLES, PRINCIPLE_LABELS, PRINCIPLE_MEANINGS, POLICY_LABELS, SECTION_IDS, SECTION_TITLES, policyStatement, type SectionId, type Sections } from '@/domain/agreementSections'
import { shortFingerprint, type AgreementSnapshot, type VersionView } from '@/domain/agreementSnapshot'
import { agreementFileName, CHOICE_LABELS, describeSection, snapshotSplit } from '@/domain/agreementText'
import { formatHours as fmtHours } from '@/domain/hours'
import { formatPercent as formatPct } from '@/domain/shares'
import { formatLongDate, toIsoDate } from '@/domain/dates'

/**
 * Everything the PDF prints, and nothing else: the version's snapshot (a signed version's stored
 * one, a draft's built from its records) and, for a signed version, its fingerprint, printed in
 * every page's footer. Defined in `@/domain/agreementSnapshot` as `VersionView`.
 */
export type AgreementPdfInput = VersionView

/** The two DejaVu Sans faces as base64 (jsPDF's virtual file system wants base64). */

const FONT = 'DejaVuSans'
// Print colours: ink, a muted ink, the app's teal accent, rules and a soft fill for headers.
const INK: [number, number, number] = [29, 42, 46]
const MUTED: [number, number, number] = [77, 91, 96]
const ACCENT: [number, number, number] = [31, 95, 91]
const RULE: [number, number, number] = [207, 214, 212]
const HEAD_FILL: [number, number, number] = [220, 235, 232]
const DRAFT_RED: [number, number, number] = [163, 38, 28]

const MARGIN = 54
const HEADER_SPACE = 70
const FOOTER_SPACE = 50

export function agreementPdfFileName(input: AgreementPdfInput): string {
  const s = input.snapshot
  return agreementFileName(s.school.name, s.schoolYear.label, s.version, s.status === 'signed')
}

class Writer {
  y = HEADER_SPACE
  constructor(readonly doc: jsPDF) {}
  get width() { return this.doc.internal.pageSize.getWidth() - 2 * MARGIN }
  get bottom() { return this.doc.internal.pageSize.getHeight() - FOOTER_SPACE }

  room(height: number) {
    if (this.y + height > this.bottom) { this.doc.addPage(); this.y = HEADER_SPACE }
  }

  text(value: string, opts: { size?: number; bold?: boolean; color?: [number, number, number]; indent?: number; after?: number } = {}) {
    const size = opts.size ?? 10.5
    const indent = opts.indent ?? 0
    this.doc.setFont(FONT, opts.bold ? 'bold' : 'normal').setFontSize(size).setTextColor(...(opts.color ?? INK))
    const lines = this.doc.splitTextToSize(value, this.width - indent) as string[]
    const lineHeight = size * 1.4
    for (const line of lines) {
      this.room(lineHeight)
      this.doc.text(line, MARGIN + indent, this.y, { baseline: 'top' })
      this.y += lineHeight
    }
    this.y += opts.after ?? 4
  }

  heading(value: string) {
    this.room(60)
    this.y += 10
    this.text(value, { size: 14, bold: true, color: ACCENT, after: 2 })
    this.doc.setDrawColor(...RULE).setLineWidth(0.8).line(MARGIN, this.y, MARGIN + this.width, this.y)
    this.y += 8
  }

  /** A small heading kept on the same page as the table or lines that follow it. */
  subheading(value: string) {
    this.room(110)
    this.text(value, { bold: true, size: 11, after: 4 })
  }

  /** A list item with a hanging indent, so wrapped lines align with the text, not the mark. */
  item(mark: string, value: string, opts: { color?: [number, number, number]; size?: number } = {}) {
    const size = opts.size ?? 10.5
    this.room(size * 1.4)
    this.doc.setFont(FONT, 'normal').setFontSize(size).setTextColor(...(opts.color ?? INK))
    this.doc.text(mark, MARGIN + 6, this.y, { baseline: 'top' })
    this.text(value, { indent: 22, size, color: opts.color, after: 3 })
  }

  labelled(label: string, value: string) {
    if (!value) return
    this.room(40)
    this.text(label, { bold: true, size: 10, color: MUTED, after: 0 })
    this.text(value, { after: 6 })
  }

  table(head: string[], body: RowInput[], options: Partial<UserOptions> = {}) {
    this.room(50)
    autoTable(this.doc, {
      startY: this.y,
      head: [head],
      body,
      margin: { left: MARGIN, right: MARGIN, top: HEADER_SPACE, bottom: FOOTER_SPACE },
      styles: { font: FONT, fontSize: 9.5, cellPadding: 5, textColor: INK, lineColor: RULE, lineWidth: 0.5, overflow: 'linebreak' },
      headStyles: { font: FONT, fontStyle: 'bold', fillColor: HEAD_FILL, textColor: INK },
      theme: 'grid',
      ...options,
    })
    this.y = ((this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? this.y) + 12
  }
}

function roleAndTime(w: Writer, snapshot: AgreementSnapshot, s: Sections) {
  const t = snapshot.targets
  w.text(`Targets: at least ${t.coachingPct}% of the coach’s time coaching teachers and at least ${t.learningPct}% on the coach’s own professional learning, which leaves at most ${Math.max(0, 100 - t.coachingPct - t.learningPct)}% for everything else.`)
  w.labelled('Priorities', s.roleAndTime.priorities.trim())

  const split = snapshotSplit(snapshot)
  w.subheading('Projected week from the decisions below')
  const targetFor = { coaching: `at least ${t.coachingPct}%`, learning: `at least ${t.learningPct}%`, other: `at most ${Math.max(0, 100 - t.coachingPct - t.learningPct)}%` }
  w.table(['Area', 'Hours per week', 'Share', 'Target'], [
    ...BUCKETS.map((b) => [BUCKET_LABELS[b], fmtHours(split.hours[b]), split.totalHours ? formatPct(split.percent[b]) : '–', targetFor[b]]),
    [{ content: 'Total', styles: { fontStyle: 'bold' } }, { content: fmtHours(split.totalHours), styles: { fontStyle: 'bold' } }, '', ''],
  ], { columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' } } })
  for (const warning of split.warnings) w.item('⚠', warning.message, { size: 9.5 })
  const n = split.unestimatedCount
  if (n) w.text(`${n} will-do task${n === 1 ? ' has' : 's have'} no hours estimate and ${n === 1 ? 'is' : 'are'} not counted above.`, { size: 9.5, color: MUTED })

  const will = snapshot.tasks.filter((task) => task.choice === 'will')
  const wont = snapshot.tasks.filter((task) => task.choice === 'wont')

  w.subheading(`Tasks the coach will do (${will.length})`)
  if (will.length) {
    w.table(['Task', 'Area', 'Hours per week', 'Note'], will.map((task) => [task.title, BUCKET_LABELS[task.bucket], task.weeklyHours === null ? 'not estimated' : fmtHours(task.weeklyHours), task.note.trim()]),
      { columnStyles: { 0: { cellWidth: 170 }, 1: { cellWidth: 95 }, 2: { halign: 'right', cellWidth: 70 } } })
  } else w.text('None yet.', { color: MUTED })

  w.subheading(`Tasks the coach won’t do (${wont.length})`)
  if (wont.length) {
    w.table(['Task', 'Area', 'Who does it instead', 'Note'], wont.map((task) => [task.title, BUCKET_LABELS[task.bucket], task.insteadBy.trim() || 'not settled', task.note.trim()]),
      { columnStyles: { 0: { cellWidth: 170 }, 1: { cellWidth: 95 } } })
  } else w.text('None yet.', { color: MUTED })

  const open = snapshot.tasks.filter((task) => task.choice === 'undecided' || task.choice === 'discuss')
  if (open.length) {
    w.subheading(`Tasks left open (${open.length})`)
    w.text(snapshot.openItemsAccepted ? 'Both agreed to sign with these tasks still open and to settle them later.' : 'These tasks must be decided, or explicitly left open, before signing.', { size: 9.5, color: MUTED })
    w.table(['Task', 'Area', 'Status', 'Note'], open.map((task) => [task.title, BUCKET_LABELS[task.bucket], CHOICE_LABELS[task.choice], task.note.trim()]),
      { columnStyles: { 0: { cellWidth: 170 } } })
  }
}

function section(w: Writer, id: SectionId, n: number, snapshot: AgreementSnapshot, s: Sections) {
  w.heading(`${n}. ${SECTION_TITLES[id]}`)
  switch (id) {
    case 'principles':
      w.text('The principles behind the coach’s work with teachers:', { after: 6 })
      w.table(['Principle', 'What it means', 'Agreed', 'Note'], PRINCIPLES.map((p) => [
        PRINCIPLE_LABELS[p], PRINCIPLE_MEANINGS[p], s.principles[p].agreed ? '✓ Agreed' : '✗ Not agreed', s.principles[p].note.trim(),
      ]), { columnStyles: { 0: { cellWidth: 75, fontStyle: 'bold' }, 2: { cellWidth: 75 } } })
      return
    case 'roleAndTime':
      roleAndTime(w, snapshot, s)
      return
    case 'support': {
      w.text('The principal commits to:', { after: 6 })
      for (const c of s.support.commitments.filter((x) => x.checked)) w.item('✓', c.text)
      const not = s.support.commitments.filter((x) => !x.checked)
      if (not.length) {
        w.text('Discussed but not part of this agreement:', { size: 9.5, color: MUTED, after: 3 })
        for (const c of not) w.item('–', c.text, { size: 9.5, color: MUTED })
      }
      return
    }
    case 'learning':
      w.labelled('Share of time', `At least ${snapshot.targets.learningPct}% of the coach’s working time.`)
      for (const line of describeSection('learning', s)) w.labelled(line.label, line.value || 'To be decided')
      return
    case 'confidentiality':
      w.text(POLICY_LABELS[s.confidentiality.policy], { bold: true })
      w.text(policyStatement(s.confidentiality) || 'Not written yet.')
      return
    default:
      for (const line of describeSection(id, s)) w.labelled(line.label, line.value)
  }
}

function signatures(w: Writer, a: AgreementSnapshot) {
  w.heading('Signatures')
  w.room(110)
  const colWidth = (w.width - 24) / 2
  const blocks: Array<[string, string, { name: string; signedAt: number } | null]> = [
    ['Coach', a.meeting.coachName, a.signatures.coach],
    ['Principal', a.meeting.principalName, a.signatures.principal],
  ]
  const top = w.y
  blocks.forEach(([role, planned, sig], i) => {
    const x = MARGIN + i * (colWidth + 24)
    const doc = w.doc
    doc.setFont(FONT, 'bold').setFontSize(10).setTextColor(...MUTED).text(role, x, top, { baseline: 'top' })
    doc.setFont(FONT, 'normal').setFontSize(13).setTextColor(...INK).text(sig ? sig.name : planned || ' ', x, top + 22, { baseline: 'top' })
    doc.setDrawColor(...INK).setLineWidth(0.6).line(x, top + 42, x + colWidth, top + 42)
    doc.setFontSize(9.5).setTextColor(...(sig ? MUTED : DRAFT_RED))
      .text(sig ? `Signed by typing their name on ${formatLongDate(toIsoDate(new Date(sig.signedAt)))}` : 'Not signed: this is a draft', x, top + 48, { baseline: 'top' })
  })
  w.y = top + 80
}

function decoratePages(doc: jsPDF, input: AgreementPdfInput) {
  const { snapshot: agreement, fingerprint } = input
  const { school, schoolYear } = agreement
  const pages = doc.getNumberOfPages()
  const width = doc.internal.pageSize.getWidth()
  const height = doc.internal.pageSize.getHeight()
  const draft = agreement.status !== 'signed'
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p)
    doc.setFont(FONT, 'normal').setFontSize(8.5).setTextColor(...MUTED)
    doc.text(`${school.name} · Coaching role agreement · ${schoolYear.label}`, MARGIN, 34, { baseline: 'top' })
    doc.text(`Version ${agreement.version} · ${draft ? 'DRAFT' : 'Signed'}`, width - MARGIN, 34, { baseline: 'top', align: 'right' })
    doc.setDrawColor(...RULE).setLineWidth(0.5).line(MARGIN, 48, width - MARGIN, 48)
    doc.line(MARGIN, height - 40, width - MARGIN, height - 40)
    doc.text(`Page ${p} of ${pages}`, width - MARGIN, height - 32, { baseline: 'top', align: 'right' })
    // The fingerprint lets both parties check that a printed copy is the one they signed.
    const signedLine = `Signed ${formatLongDate(toIsoDate(new Date(agreement.signedAt ?? 0)))}${fingerprint ? ` · Fingerprint ${shortFingerprint(fingerprint)}` : ''}`
    doc.text(draft ? 'Draft: not signed, may still change' : signedLine, MARGIN, height - 32, { baseline: 'top' })
    if (draft) {
      // A faint diagonal mark so a printed draft is never mistaken for the signed agreement.
      doc.saveGraphicsState()
      doc.setGState(new (doc as unknown as { GState: new (o: object) => object }).GState({ opacity: 0.08 }) as never)
      doc.setFont(FONT, 'bold').setFontSize(110).setTextColor(...DRAFT_RED)
      doc.text('DRAFT', width / 2, height / 2, { align: 'center', baseline: 'middle', angle: 35 })
      doc.restoreGraphicsState()
    }
  }
}

export function renderAgreementPdf(input: AgreementPdfInput, fonts: PdfFonts): jsPDF {
  const agreement = input.snapshot
  const { school, schoolYear } = agreement
  const doc = new jsPDF({ unit: 'pt', format: 'letter', compress: true })
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular)
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold)
  doc.addFont('DejaVuSans.ttf', FONT, 'normal')
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold')
  const signed = agreement.status === 'signed'
  doc.setProperties({
    title: `Coaching role agreement, ${school.name}, ${schoolYear.label}, version ${agreement.version}${signed ? '' : ' (draft)'}`,
    subject: 'Instructional coaching role agreement',
    author: [agreement.meeting.coachName, agreement.meeting.principalName].filter(Boolean).join(' and '),
    creator: 'Coach Role Planner',
  })
  doc.setLanguage('en-US')

  const w = new Writer(doc)
  w.text('Coaching role agreement', { size: 22, bold: true, color: ACCENT, after: 2 })
  w.text(`${school.name} · School year ${schoolYear.label} · Version ${agreement.version}`, { size: 12, after: 6 })
  if (signed) {
    w.text(`Signed on ${formatLongDate(toIsoDate(new Date(agreement.signedAt ?? 0)))} by ${agreement.signatures.coach?.name} (coach) and ${agreement.signatures.principal?.name} (principal).`, { color: MUTED, after: 10 })
  } else {
    w.text('DRAFT — not signed. This version may still change.', { bold: true, color: DRAFT_RED, after: 10 })
  }
  const coach = agreement.signatures.coach?.name ?? agreement.meeting.coachName
  const principal = agreement.signatures.principal?.name ?? agreement.meeting.principalName
  const met = agreement.meeting.date ? ` It follows their role-clarity meeting on ${formatLongDate(agreement.meeting.date)}.` : ''
  w.text(`This agreement sets out how ${coach || 'the coach'} will work as instructional coach at ${school.name} during ${schoolYear.label}, and how ${principal || 'the principal'} will support that work.${met}` +
    (agreement.revises ? ' It revises an earlier signed version.' : ''), { after: 4 })

  SECTION_IDS.forEach((id, i) => section(w, id, i + 1, agreement, agreement.sections))
  signatures(w, agreement)
  decoratePages(doc, input)
  return doc
}
