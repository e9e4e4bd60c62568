import { Attachment } from 'botbuilder';
import { stringify } from 'csv-stringify/sync';
import { LocaleText } from '../locales';
import { SummaryRow } from '../state/summary';

/**
 * The review summary as a CSV file attachment (UTF-8 with a BOM, so spreadsheet programs read
 * accents and Chinese correctly), one row per settled blocker.
 */
export function summaryCsv(t: LocaleText, rows: readonly SummaryRow[]): Attachment {
  const labels = t.ui.summary;
  const csv = stringify(
    rows.map((row) => [
      row.customer ?? '',
      t.playbook.workloads[row.workload],
      t.playbook.l2[row.l2].name,
      row.l2,
      row.notes,
      row.confirmedBy,
      row.at,
    ]),
    {
      header: true,
      columns: [labels.customer, labels.workload, labels.l2, 'L2 id', labels.notes, labels.confirmedBy, labels.when],
    },
  );
  return {
    contentType: 'text/csv',
    name: labels.csvName,
    contentUrl: `data:text/csv;charset=utf-8;base64,${Buffer.from(`\uFEFF${csv}`, 'utf8').toString('base64')}`,
  };
}
