import {
  CreateOrganisationBodySchema,
  CreatePersonBodySchema,
  CreatePostBodySchema,
  HandoverBodySchema,
} from '@nk/shared';
import { describe, expect, it } from 'vitest';
import { handoverLimits, organisationLimits, patterns, personLimits, postLimits } from './limits';

type Node = {
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  anyOf?: Node[];
  items?: Node;
};

/** The string schema of a property, also inside `T | null`. */
function stringSchema(node: Node): Node {
  return node.anyOf?.find((branch) => branch.maxLength !== undefined || branch.pattern) ?? node;
}

function maxLengths(properties: Record<string, unknown>, names: readonly string[]) {
  return Object.fromEntries(
    names.map((name) => [name, stringSchema(properties[name] as Node).maxLength]),
  );
}

describe('form limits', () => {
  it('match the maximum lengths of the person schema', () => {
    const properties = CreatePersonBodySchema.properties as Record<string, unknown>;
    const { languages, ...lengths } = personLimits;
    expect(maxLengths(properties, Object.keys(lengths))).toEqual(lengths);
    expect((properties.languages as Node).maxItems).toBe(languages);
    expect((properties.languages as Node).items?.pattern).toBe(patterns.language);
    expect(stringSchema(properties.hsaId as Node).pattern).toBe(patterns.hsaId);
  });

  it('match the maximum lengths of the organisation schema', () => {
    const properties = CreateOrganisationBodySchema.properties as Record<string, unknown>;
    expect(maxLengths(properties, Object.keys(organisationLimits))).toEqual(organisationLimits);
    expect(stringSchema(properties.municipalityCode as Node).pattern).toBe(
      patterns.municipalityCode,
    );
    expect(stringSchema(properties.hsaId as Node).pattern).toBe(patterns.hsaId);
  });

  it('match the maximum lengths of the post and handover schemas', () => {
    const properties = CreatePostBodySchema.properties as Record<string, unknown>;
    expect(maxLengths(properties, Object.keys(postLimits))).toEqual(postLimits);
    const handover = HandoverBodySchema.properties as Record<string, unknown>;
    expect(maxLengths(handover, Object.keys(handoverLimits))).toEqual(handoverLimits);
  });
});
