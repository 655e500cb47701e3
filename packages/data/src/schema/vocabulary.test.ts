import { describe, expect, it } from 'vitest';
import * as format from '../format/index.js';
import { ClaimKind, ContentWarning, EventRole, EventType, FigureProperty, FigureQualifier, OrganizationType, Perspective, PlaceKind, RegionKind } from './index.js';
import { eventTypes } from './vocabulary.js';

// each zod enum beside the label table the course prints it with
const tables: [string, readonly string[], Record<string, string>][] = [
  ['ContentWarning', ContentWarning.options, format.contentWarningLabels],
  ['ClaimKind', ClaimKind.options, format.claimKindLabels],
  ['ClaimKind (summaries)', ClaimKind.options, format.claimKindSummaries],
  ['EventRole', EventRole.options, format.eventRoleLabels],
  ['EventType', EventType.options, Object.fromEntries(Object.entries(eventTypes).map(([id, t]) => [id, t.label]))],
  ['FigureProperty', FigureProperty.options, format.figurePropertyLabels],
  ['FigureQualifier', FigureQualifier.options, format.figureQualifierLabels],
  ['figure unit', format.figureUnits, format.figureUnitLabels],
  ['OrganizationType', OrganizationType.options, format.organizationTypeLabels],
  ['actor kind', format.actorKinds, format.actorKindLabels],
  ['erratum kind', format.erratumKinds, format.erratumKindLabels],
  ['source type', format.sourceTypes, format.sourceTypeLabels],
  ['redirect kind', format.redirectKinds, format.redirectKindLabels],
  ['Perspective', Perspective.options, format.perspectiveLabels],
  ['PlaceKind', PlaceKind.options, format.placeKindLabels],
  ['RegionKind', RegionKind.options, format.regionKindLabels],
];

describe('the label tables', () => {
  it.each(tables)('%s: every value of the enum has plain words, and the table has no other key', (_name, values, labels) => {
    expect(values.length).toBeGreaterThan(0);
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) expect(labels[value], value).toMatch(/\S/);
    // an id with a hyphen printed as its label is the id on the page ("sexual-violence")
    for (const value of values.filter((v) => v.includes('-'))) expect(labels[value], value).not.toContain(value);
  });
});
