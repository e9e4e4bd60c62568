import { createHash } from 'node:crypto';
import { L2Id, WorkloadId } from '../playbook/ids';
import { Documents } from './documents';

/** One blocker settled in a conversation: what goes into FTOP. */
export interface SummaryRow {
  /** The card it was settled from: settling the same card again replaces its row, no other card can. */
  readonly cardKey: string;
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

/** Most rows one conversation's summary keeps; a review has a handful, so this only stops abuse. */
export const MAX_SUMMARY_ROWS = 200;

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

  /**
   * Adds the row, or replaces the row of the same card. Settling the same card again with the same
   * L2 and notes changes nothing (the first confirmation stands), so a retry is harmless.
   */
  async settle(conversationId: string, row: SummaryRow): Promise<void> {
    await this.documents.update<SummaryDocument>(documentKey('summary', conversationId), (current) => {
      const rows = current?.rows ?? [];
      const existing = rows.find((r) => r.cardKey === row.cardKey);
      if (existing && existing.l2 === row.l2 && existing.notes === row.notes) return undefined;
      if (existing) return { rows: rows.map((r) => (r.cardKey === row.cardKey ? row : r)) };
      return { rows: [...rows, row].slice(-MAX_SUMMARY_ROWS) };
    });
  }

  async clear(conversationId: string): Promise<void> {
    await this.documents.update<SummaryDocument>(documentKey('summary', conversationId), (current) =>
      current && current.rows.length > 0 ? { rows: [] } : undefined,
    );
  }
}
