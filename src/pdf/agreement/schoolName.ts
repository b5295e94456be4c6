import { schoolNameWithBadge } from '@/domain/schoolScope'
import type { AgreementPdfInput } from '../agreementDocument'

/** The school's name as the PDF prints it: with the sample badge in words for the sample school. */
export function pdfSchoolName(input: AgreementPdfInput): string {
  return schoolNameWithBadge({ name: input.snapshot.school.name, sample: input.sample })
}
