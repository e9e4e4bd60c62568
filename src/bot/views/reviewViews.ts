import { stringify } from 'csv-stringify/sync';
import { LocaleText, formatCount } from '../../locales';
import { SummaryRow } from '../../state/summary';
import { button } from '../verbs';
import { CardJson, CardTemplates } from './cards';
import { action, literal, spreadsheetCell } from './format';

/** The review summary of a conversation: as a card, as a CSV file, and emptying it. */
export class ReviewViews {
  constructor(private readonly templates: CardTemplates) {}

  /**
   * The summary card. In a channel, group or meeting chat (`shared`), where bots cannot send files,
   * it also holds the table as tab-separated text, which pastes into Excel as columns.
   */
  summary(t: LocaleText, rows: readonly SummaryRow[], shared: boolean): CardJson {
    const labels = t.ui.summary;
    // Only what was given: no "(not given)" customer, no workload nobody picked.
    const given = (row: SummaryRow) => [
      ...(row.customer !== undefined ? [literal(row.customer)] : []),
      ...(row.workload !== 'other' ? [t.playbook.workloads[row.workload]] : []),
    ];
    return this.templates.render('summary', {
      title: formatCount(t, labels.title, { count: rows.length }),
      labels,
      rows: rows.map((row) => ({
        heading: given(row).join(' · '),
        facts: [
          { title: labels.l2, value: `${t.playbook.l2[row.l2].name} [${row.l2}]` },
          { title: labels.notes, value: literal(row.notes) },
          { title: labels.confirmedBy, value: literal(row.confirmedBy) },
          { title: labels.when, value: row.at.replace('T', ' ').slice(0, 16) + ' UTC' },
        ],
      })),
      // One line per blocker, ready to paste: what was given, then the notes line.
      copy: rows.map((row) => [...given(row), literal(row.notes)].join(' | ')).join('\n'),
      buttons: [
        action(t.ui.actions.startTriage, button('start', {}), { style: 'positive' }),
        action(t.ui.actions.clearSummary, button('ask-clear-summary', {}), { style: 'destructive', mode: 'secondary' }),
      ],
      files: t.ui.files,
      tsv: shared ? this.tsv(t, rows) : '',
    });
  }

  /** Asks before the review summary is emptied. */
  confirmClear(t: LocaleText): CardJson {
    return this.templates.render('notice', {
      title: t.ui.actions.clearSummary,
      text: t.ui.summary.clearQuestion,
      color: 'Warning',
      buttons: [
        action(t.ui.actions.confirmClear, button('clear-summary', {}), { style: 'destructive' }),
        action(t.ui.actions.cancel, button('keep-summary', {})),
      ],
    });
  }

  /**
   * The review summary as CSV text (UTF-8 with a BOM, so spreadsheet programs read accents and
   * Chinese correctly), one row per settled blocker.
   */
  csv(t: LocaleText, rows: readonly SummaryRow[]): string {
    const { header, cells } = this.table(t, rows);
    return `\uFEFF${stringify(cells, { header: true, columns: header })}`;
  }

  /** The review summary as tab-separated lines, header first: no cell holds a tab or a line break. */
  tsv(t: LocaleText, rows: readonly SummaryRow[]): string {
    const { header, cells } = this.table(t, rows);
    return [header, ...cells].map((row) => row.map((cell) => cell.replace(/\n/g, ' ')).join('\t')).join('\n');
  }

  /** The exported table: its header, and one row per settled blocker, each cell safe for a spreadsheet. */
  private table(t: LocaleText, rows: readonly SummaryRow[]): { header: string[]; cells: string[][] } {
    const labels = t.ui.summary;
    return {
      header: [labels.customer, labels.workload, labels.l2, 'L2 id', labels.notes, labels.confirmedBy, labels.when],
      cells: rows.map((row) =>
        [
          row.customer ?? '',
          t.playbook.workloads[row.workload],
          t.playbook.l2[row.l2].name,
          row.l2,
          row.notes,
          row.confirmedBy,
          row.at,
        ].map(spreadsheetCell),
      ),
    };
  }
}
