import { FTOP_FIELD_IDS, FixedFtopFieldId, FtopFieldId } from './ids';

/** The FTOP fields the overview's entitlement table fixes per phase (the L2 and the notes are the triage's). */
export const FIXED_FTOP_FIELDS = FTOP_FIELD_IDS.filter(
  (field: FtopFieldId): field is FixedFtopFieldId => field !== 'l2' && field !== 'notes',
);
