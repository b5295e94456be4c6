/** The role and time section: priorities, the projected week and the tasks by decision. */
import { BUCKET_LABELS } from '@/domain/buckets'
import type { Sections } from '@/domain/agreementSections'
import { CHOICE_LABELS, describeSection } from '@/domain/agreementText'
import { formatHours as fmtHours } from '@/domain/hours'
import type { Block } from '../document/model'
import type { AgreementPdfInput } from '../agreementDocument'
import { decided } from './decisions'
import { splitBlocks } from './projectedWeek'

export function roleAndTime(input: AgreementPdfInput, s: Sections): Block[] {
  const { will, wont, open } = decided(input)
  // Priorities, new requests and the review date, as the page words them.
  const blocks: Block[] = [
    ...describeSection('roleAndTime', s)
      .filter((l) => l.value)
      .flatMap((l) => [{ kind: 'heading', level: 3, text: l.label } as Block, { kind: 'paragraph', text: l.value } as Block]),
    { kind: 'heading', level: 3, text: 'Projected week from the decisions below' },
    splitBlocks(input).table,
    { kind: 'heading', level: 3, text: `Tasks the coach will do (${will.length})` },
    will.length
      ? {
          kind: 'table',
          columns: [
            { header: 'Task', weight: 4 },
            { header: 'Area', weight: 2 },
            { header: 'Hours per week', align: 'right', weight: 1.6 },
            { header: 'Note', weight: 4 },
          ],
          rows: will.map((task) => ({
            cells: [
              task.title,
              BUCKET_LABELS[task.bucket],
              task.weeklyHours === null ? 'not estimated' : fmtHours(task.weeklyHours),
              task.note.trim(),
            ],
          })),
        }
      : { kind: 'paragraph', tone: 'muted', text: 'None yet.' },
    { kind: 'heading', level: 3, text: `Tasks the coach won’t do (${wont.length})` },
    wont.length
      ? {
          kind: 'table',
          columns: [
            { header: 'Task', weight: 4 },
            { header: 'Area', weight: 2 },
            { header: 'Who does it instead', weight: 3 },
            { header: 'Note', weight: 4 },
          ],
          rows: wont.map((task) => ({
            cells: [task.title, BUCKET_LABELS[task.bucket], task.insteadBy.trim() || 'not settled', task.note.trim()],
          })),
        }
      : { kind: 'paragraph', tone: 'muted', text: 'None yet.' },
  ]
  if (open.length) {
    blocks.push(
      { kind: 'heading', level: 3, text: `Tasks left open (${open.length})` },
      {
        kind: 'paragraph',
        small: true,
        tone: 'muted',
        text: input.snapshot.openItemsAccepted
          ? 'Both agreed to sign with these tasks still open and to settle them later.'
          : 'These tasks must be decided, or explicitly left open, before signing.',
      },
      // Open tasks have nothing to fill a table with: one compact line each.
      {
        kind: 'list',
        small: true,
        items: open.map((task) =>
          [task.title, BUCKET_LABELS[task.bucket], CHOICE_LABELS[task.choice], task.note.trim()].filter(Boolean).join(' · '),
        ),
      },
    )
  }
  return blocks
}
