import type { ReportFigure, ReportProgram } from './program'

/** A program figure as a report prints it: the value, or why there is none. */
export function figureText(f: ReportFigure): string {
  if (f.withheld) return 'Withheld'
  if (f.value === null) return '–'
  return String(Math.round(f.value * 10) / 10)
}

/** What a figure covers, with the reason it is empty or withheld. */
export function figureNote(f: ReportFigure): string {
  return f.reason ? `${f.covers.replace(/\.$/, '')}. ${f.reason}` : f.covers
}

/** The program section as table rows: figure, value, what it covers. */
export function programRows(program: ReportProgram): [string, string, string][] {
  return program.figures.map((f) => [f.label, figureText(f), figureNote(f)])
}
