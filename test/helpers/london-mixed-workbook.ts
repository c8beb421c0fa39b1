/**
 * A London workbook as a new user would build it (issue 9): police and probation
 * rows, part-year extensions written in words and numbers, a YOT temp in a
 * reimbursed post, a late "YOT informed" date, a maternity cover vacancy naming
 * the secondment it covers, a dispute escalated late, and a YOT spelled two ways
 * ("ENFIELD  YJS" and "Enfield YJS"). As-of 30/09/2025, YOGB meeting 21/10/2025.
 *
 * What someone who knows the framework expects of it is asserted in
 * test/unit/london-mixed-workbook.test.ts.
 */
import { makeWorkbook, type WorkbookInput } from './make-workbook';

const org = (yot: string) => ({ Region: 'London', PDU: 'North London', YOT: yot });

export const LONDON_MIXED: WorkbookInput = {
  board: { region: 'London', meetingDate: '21/10/2025', trackerSubmitted: '10/10/2025', asOf: '30/09/2025' },
  secondments: [
    // Probation PO from 29 February: last day 28/02/2026 (the anniversary is 01/03/2026); no exit planning meeting by 30/09/2025.
    { 'Secondment ID': 'L-S1', ...org('ENFIELD  YJS'), Scheme: 'Probation', Role: 'PO', FTE: 1, 'Start date': '29/02/2024', Extension: null, 'Planned end date': '28/02/2026', 'Vetting cleared': '01/02/2024', 'Authorised officer': 'Y', 'PPDA agreed': '20/03/2024', 'Six-month review': '20/08/2024', 'Last three-way review': '01/08/2025', 'Exit planning meeting': null, 'Last PDR': null },
    // Probation PO from 31/08/2023 with a 6-month extension: last day 28/02/2026; all duties kept.
    { 'Secondment ID': 'L-S2', ...org('Enfield YJS'), Scheme: 'Probation', Role: 'PO', FTE: 1, 'Start date': '31/08/2023', Extension: '6 months', 'Planned end date': '28/02/2026', 'Vetting cleared': '01/08/2023', 'Authorised officer': 'Y', 'PPDA agreed': '20/09/2023', 'Six-month review': '20/02/2024', 'Last three-way review': '15/09/2025', 'Exit planning meeting': '01/08/2025', 'Last PDR': null },
    // Police officer, same start as L-S1, a year's extension: no PPDA, reviews or probation vetting asked of them; PDR in date.
    { 'Secondment ID': 'L-S3', ...org('Enfield YJS'), Scheme: 'Police', Role: 'Police Officer', FTE: 1, 'Start date': '29/02/2024', Extension: '1 year', 'Planned end date': '28/02/2027', 'Vetting cleared': null, 'Authorised officer': null, 'PPDA agreed': null, 'Six-month review': null, 'Last three-way review': null, 'Exit planning meeting': null, 'Last PDR': '01/03/2025' },
    // Police officer with a half-year extension (0.5): last day 30/09/2025, still in post; no PDR since starting.
    { 'Secondment ID': 'L-S4', ...org('Haringey YJS'), Scheme: 'Police', Role: 'Police Officer', FTE: 1, 'Start date': '01/04/2023', Extension: 0.5, 'Planned end date': '30/09/2025', 'Vetting cleared': null, 'Authorised officer': null, 'PPDA agreed': null, 'Six-month review': null, 'Last three-way review': null, 'Exit planning meeting': null, 'Last PDR': null },
    // Probation PSO with 18 months' extension: over "up to, but not more than, one additional year".
    { 'Secondment ID': 'L-S5', ...org('Haringey YJS'), Scheme: 'Probation', Role: 'PSO', FTE: 0.6, 'Start date': '01/04/2024', Extension: '1 year 6 months', 'Planned end date': null, 'Vetting cleared': '01/03/2024', 'Authorised officer': 'Y', 'PPDA agreed': '20/04/2024', 'Six-month review': '01/10/2024', 'Last three-way review': '01/09/2025', 'Exit planning meeting': null, 'Last PDR': null },
    // Probation PO on maternity leave, still seconded: her post is charged once (by L-V2, her cover, not again).
    { 'Secondment ID': 'L-S6', ...org('Haringey YJS'), Scheme: 'Probation', Role: 'PO', FTE: 1, 'Start date': '01/10/2024', Extension: null, 'Planned end date': '30/09/2026', 'Vetting cleared': '01/09/2024', 'Authorised officer': 'Y', 'PPDA agreed': '25/10/2024', 'Six-month review': '01/04/2025', 'Last three-way review': '01/09/2025', 'Exit planning meeting': null, 'Last PDR': null },
  ],
  vacancies: [
    // A PO post reimbursed at stage 5 while the YOT's own temp is in it; the YOT manager informed late.
    {
      'Vacancy ID': 'L-V1', ...org('Enfield YJS'), Role: 'PO', FTE: 1, 'Vacant from': '31/05/2025', Reason: 'Leaver', Covers: null,
      'Stage 1 date': '31/05/2025', 'Stage 1 evidence': 'EOI', 'Stage 2 date': '10/06/2025', 'Stage 2 evidence': 'Agency search', 'Stage 3 date': '01/07/2025', 'Stage 3 evidence': 'Local agreement',
      'Stage 4 date': '31/08/2025', 'Stage 4 evidence': 'YOT letter', 'Stage 5 date': '30/09/2025', 'Stage 5 evidence': 'YOS evidence pack',
      'YOT informed': '15/09/2025', 'Temp invoice': 4000, 'Reimbursement claimed': 3000, 'Filled date': '01/09/2025', 'Filled by': 'YOS temp', 'Temp cover ended': null,
    },
    // Maternity cover for L-S6: open on 1 April, the same post, not charged twice.
    {
      'Vacancy ID': 'L-V2', ...org('Haringey YJS'), Role: 'PO', FTE: 1, 'Vacant from': '01/02/2025', Reason: 'Maternity', Covers: 'L-S6',
      'Stage 1 date': '01/02/2025', 'Stage 1 evidence': 'EOI', 'YOT informed': '01/04/2025',
    },
  ],
  allocations: [
    { YOT: 'Enfield YJS', PDU: 'North London', Region: 'London', Caseload: 30 },
    { YOT: 'Haringey YJS', PDU: 'North London', Region: 'London', Caseload: 12 },
  ],
  disputes: [
    // Escalated on day 39, and not reported to the YOGB.
    { 'Dispute ID': 'L-D1', YOT: 'Enfield YJS', Raised: '01/06/2025', Escalated: '10/07/2025', Resolved: null, 'Reported to YOGB': null, Summary: 'Desk space' },
  ],
};

/** Write the workbook to a file. */
export function makeLondonMixedWorkbook(file: string): Promise<void> {
  return makeWorkbook(file, LONDON_MIXED);
}
