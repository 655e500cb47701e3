/**
 * @kzprotest/data/format: the data in words (EDTF dates, figures, place chains, source names,
 * voices) and a label for every vocabulary value. Loads neither zod nor any record.
 * @example import { formatEdtf, contentWarningLabels } from '@kzprotest/data/format';
 */
export * from './format/index.js';
