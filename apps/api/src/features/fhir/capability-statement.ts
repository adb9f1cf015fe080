import { includeValues, maxCount, resourceTypes, searchParameters } from './search-params';

/** When this statement's content last changed (its `date`). */
const statementDate = '2026-11-23';

/**
 * What the facade supports, generated from the same tables the search parser enforces, so the
 * statement cannot promise a parameter the server would refuse (or hide one it accepts).
 */
export function capabilityStatement(base: string) {
  return {
    resourceType: 'CapabilityStatement',
    id: 'natverkskatalogen',
    url: `${base}/metadata`,
    version: '1.0.0',
    name: 'NatverkskatalogenFhirFacade',
    title: 'Nätverkskatalogen: FHIR R4 facade',
    status: 'active',
    experimental: false,
    date: statementDate,
    publisher: 'Nätverkskatalogen',
    description:
      'A read-only FHIR R4 view of the directory of the Nära vård network in Sörmland, in the ' +
      'spirit of IHE mCSD: organisations, people, who holds which post (PractitionerRole), ' +
      'catchment and partner links and network membership (OrganizationAffiliation), and the ' +
      'code systems of roles and organisation kinds.',
    kind: 'instance',
    software: { name: 'Nätverkskatalogen', version: '1.0.0' },
    implementation: { description: 'Nätverkskatalogen FHIR R4 facade', url: base },
    fhirVersion: '4.0.1',
    format: ['json', 'application/fhir+json'],
    rest: [
      {
        mode: 'server',
        documentation:
          `Searches answer searchset Bundles of at most ${maxCount} entries (_count, default 20); ` +
          'follow the next link to page. Unknown parameters, modifiers and values are refused ' +
          'with 400 and an OperationOutcome. Protected identities are visible to administrators ' +
          'only, and phone numbers restricted to an organisation only inside it.',
        security: {
          cors: false,
          description:
            'Every interaction except metadata needs the same sign-in as the API: ' +
            'Authorization: Bearer <token> from POST /api/v1/auth/login.',
        },
        resource: resourceTypes.map((type) => ({
          type,
          profile: `http://hl7.org/fhir/StructureDefinition/${type}`,
          interaction: [{ code: 'read' }, { code: 'search-type' }],
          versioning: 'no-version',
          readHistory: false,
          updateCreate: false,
          conditionalCreate: false,
          conditionalRead: 'not-supported',
          conditionalUpdate: false,
          conditionalDelete: 'not-supported',
          ...(includeValues[type].length > 0 ? { searchInclude: [...includeValues[type]] } : {}),
          searchParam: searchParameters[type].map((p) => ({
            name: p.name,
            ...(p.definition ? { definition: p.definition } : {}),
            type: p.type,
            documentation: p.documentation,
          })),
        })),
      },
    ],
  };
}
