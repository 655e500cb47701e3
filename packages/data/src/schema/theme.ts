import { z } from 'zod';
import { Id } from './common.js';

/** A theme is the course's own classification, so it needs no quote; records point to it. */
export const ThemeInput = z.strictObject({
  id: Id.describe('Permanent id of the theme, unique across every collection.'),
  name: z.string().min(1).describe('The theme’s name.'),
  description: z.string().min(1).describe('What the theme covers, in the course’s words.'),
  broader: Id.optional().describe('Id of the broader theme this one belongs to.'),
});

export const Theme = ThemeInput;

export type ThemeInput = z.input<typeof ThemeInput>;
export type Theme = z.infer<typeof Theme>;
