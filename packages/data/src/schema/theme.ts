import { z } from 'zod';
import { Id } from './common.js';

/** A theme is the course's own classification, so it needs no quote; records point to it. */
export const ThemeInput = z.strictObject({
  id: Id,
  name: z.string().min(1),
  description: z.string().min(1),
  broader: Id.optional(),
});

export const Theme = ThemeInput;

export type ThemeInput = z.input<typeof ThemeInput>;
export type Theme = z.infer<typeof Theme>;
