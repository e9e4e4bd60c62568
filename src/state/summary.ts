import { createHash } from 'node:crypto';
import { L2Id, WorkloadId } from '../playbook/ids';
import { Documents } from './documents';

/** One blocker settled in a conversation: what goes into FTOP. */
export interface SummaryRow {
  /** The walk's id: settling the same card again replaces its row. */
  readonly walkId: string;
  readonly customer?: string;
  readonly workload: WorkloadId;
  readonly l2: L2Id;
  readonly notes: string;
  readonly confirmedBy: string;
  /** ISO 8601 time of the settle. */
  readonly at: string;
}

interface SummaryDocument {
  readonly rows: readonly SummaryRow[];
}

/** Storage key of a conversation's document of `kind`: hashed, so any conversation id is a safe key. */
export function documentKey(kind: string, ...parts: string[]): string {
  return `${kind}-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 40)}`;
}

/** The review summary of each conversation (a channel thread is its own conversation). */
export class ReviewSummaries {
  constructor(private readonly documents: Documents) {}

  async rows(conversationId: string): Promise<readonly SummaryRow[]> {
    return (await this.documents.read<SummaryDocument>(documentKey('summary', conversationId)))?.rows ?? [];
  }

  /** Adds the row, or replaces the row of the same walk; a repeat of the same settle changes nothing. */
  async settle(conversationId: string, row: SummaryRow): Promise<void> {
    await this.documents.update<SummaryDocument>(documentKey('summary', conversationId), (current) => {
      const rows = current?.rows ?? [];
      const existing = rows.find((r) => r.walkId === row.walkId);
      if (existing && existing.l2 === row.l2 && existing.notes === row.notes) return undefined;
      return { rows: existing ? rows.map((r) => (r.walkId === row.walkId ? row : r)) : [...rows, row] };
    });
  }

  async clear(conversationId: string): Promise<void> {
    await this.documents.update<SummaryDocument>(documentKey('summary', conversationId), (current) =>
      current && current.rows.length > 0 ? { rows: [] } : undefined,
    );
  }
}
