/** One numbered section of the agreement as blocks, in the words of the edition it was written in. */
import {
  PRINCIPLES,
  PRINCIPLE_LABELS,
  SECTION_TITLES,
  editionOf,
  policyLabel,
  policyStatement,
  type SectionId,
  type Sections,
} from '@/domain/agreementSections'
import { principleMeanings } from '@/domain/agreementMeanings'
import { describeSection, principleStatus } from '@/domain/agreementText'
import type { Block } from '../document/model'
import type { AgreementPdfInput } from '../agreementDocument'
import { fieldBlocks } from './fieldBlocks'
import { roleAndTime } from './roleAndTimeSection'

export function section(id: SectionId, n: number, input: AgreementPdfInput, s: Sections): Block[] {
  const heading: Block = { kind: 'heading', level: 2, text: `${n}. ${SECTION_TITLES[id]}` }
  const fields = fieldBlocks
  switch (id) {
    case 'principles':
      return [
        heading,
        { kind: 'paragraph', text: 'The principles behind the coach’s work with teachers:' },
        {
          kind: 'table',
          columns: [
            { header: 'Principle', weight: 2 },
            { header: 'What it means', weight: 5 },
            { header: 'Agreed', weight: 1.8 },
            { header: 'Note', weight: 3 },
          ],
          rows: PRINCIPLES.map((p) => {
            const agreed = s.principles[p].agreed
            const mark = agreed === null ? '? ' : agreed ? '✓ ' : '✗ '
            return {
              cells: [PRINCIPLE_LABELS[p], principleMeanings(editionOf(s))[p], mark + principleStatus(agreed), s.principles[p].note.trim()],
            }
          }),
        },
      ]
    case 'roleAndTime':
      return [heading, ...roleAndTime(input, s)]
    case 'support': {
      const not = s.support.commitments.filter((x) => !x.checked)
      return [
        heading,
        { kind: 'paragraph', text: 'The principal commits to:' },
        { kind: 'list', items: s.support.commitments.filter((x) => x.checked).map((c) => c.text) },
        ...(not.length
          ? [
              { kind: 'paragraph', small: true, tone: 'muted', text: 'Discussed but not part of this agreement:' } as Block,
              { kind: 'list', small: true, tone: 'muted', items: not.map((c) => c.text) } as Block,
            ]
          : []),
      ]
    }
    case 'learning':
      return [
        heading,
        ...fields(
          [
            { label: 'Share of time', value: `At least ${input.snapshot.targets.learningPct}% of the coach’s working time.` },
            ...describeSection('learning', s),
          ],
          'To be decided',
        ),
      ]
    case 'confidentiality':
      return [
        heading,
        { kind: 'paragraph', bold: true, text: policyLabel(s.confidentiality) },
        { kind: 'paragraph', text: policyStatement(s.confidentiality) || 'Not written yet.' },
        ...fields(describeSection('confidentiality', s).filter((l) => l.key !== 'policy' && l.key !== 'statement')),
      ]
    default:
      return [heading, ...fields(describeSection(id, s))]
  }
}
