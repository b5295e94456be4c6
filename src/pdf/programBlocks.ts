/** The coaching program section of the principal's report: only what `buildProgramSection` let through. */
import type { ReportProgram } from '@/domain/report/program'
import { figureText, programRows } from '@/domain/report/programCells'
import type { Block } from './document/model'

export function programBlocks(program: ReportProgram): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Coaching cycles: the goals teachers set and met' },
    { kind: 'paragraph', small: true, text: program.carries },
    {
      kind: 'table',
      columns: [
        { header: 'Figure', weight: 3 },
        { header: 'Value', align: 'right', weight: 1 },
        { header: 'Covers', weight: 4 },
      ],
      rows: programRows(program).map((cells) => ({ cells })),
    },
  ]
  if (program.byStrategy.length) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Strategy', weight: 3 },
        { header: 'Cycles', align: 'right', weight: 1 },
        { header: 'Met', align: 'right', weight: 1 },
      ],
      rows: program.byStrategy.map((s) => ({ cells: [s.name, figureText(s.cycles), figureText(s.met)] })),
    })
  }
  if (program.teachers.length) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Teacher', weight: 1 },
        { header: 'Goal topic', weight: 4 },
      ],
      rows: program.teachers.map((t) => ({ cells: [t.label, t.topic] })),
    })
  }
  return blocks
}
