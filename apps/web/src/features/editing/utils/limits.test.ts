import {
  CreateAssignmentBodySchema,
  CreateNetworkBodySchema,
  CreateOrganisationBodySchema,
  CreateOrganisationLinkBodySchema,
  CreatePersonBodySchema,
  CreatePostBodySchema,
  CreateRoleBodySchema,
  CreateRoleCounterpartBodySchema,
  CreateTopicBodySchema,
  HandoverBodySchema,
} from '@nk/shared';
import { describe, expect, it } from 'vitest';
import {
  assignmentLimits,
  counterpartLimits,
  handoverLimits,
  linkLimits,
  networkLimits,
  organisationLimits,
  patterns,
  personLimits,
  postLimits,
  roleLimits,
  synonymLimits,
  topicLimits,
} from './limits';

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

  it('match the role, topic and counterpart schemas, synonyms included', () => {
    const role = CreateRoleBodySchema.properties as Record<string, unknown>;
    expect(maxLengths(role, Object.keys(roleLimits))).toEqual(roleLimits);
    expect((role.key as Node).pattern).toBe(patterns.catalogueKey);
    const synonyms = role.synonyms as Node;
    expect(synonyms.maxItems).toBe(synonymLimits.count);
    expect(synonyms.items?.maxLength).toBe(synonymLimits.length);
    const topic = CreateTopicBodySchema.properties as Record<string, unknown>;
    expect(maxLengths(topic, Object.keys(topicLimits))).toEqual(topicLimits);
    expect((topic.key as Node).pattern).toBe(patterns.catalogueKey);
    const pair = CreateRoleCounterpartBodySchema.properties as Record<string, unknown>;
    expect(maxLengths(pair, Object.keys(counterpartLimits))).toEqual(counterpartLimits);
  });

  it('match the network, link and assignment schemas', () => {
    const network = CreateNetworkBodySchema.properties as Record<string, unknown>;
    expect(maxLengths(network, Object.keys(networkLimits))).toEqual(networkLimits);
    const link = CreateOrganisationLinkBodySchema.properties as Record<string, unknown>;
    expect(maxLengths(link, Object.keys(linkLimits))).toEqual(linkLimits);
    const assignment = CreateAssignmentBodySchema.properties as Record<string, unknown>;
    expect(maxLengths(assignment, Object.keys(assignmentLimits))).toEqual(assignmentLimits);
  });
});
