import type { sv } from './i18n';

/** The English strings of this feature: the same keys as the Swedish ones in `i18n.ts`. */
export const en: Record<keyof typeof sv, string> = {
  'collaboration.breadcrumb': 'Breadcrumb',
  'collaboration.toSearch': 'To the search',

  'collaboration.count.people.one': '1 person',
  'collaboration.count.people.many': '{count} people',
  'collaboration.count.organisations.one': '1 organisation',
  'collaboration.count.organisations.many': '{count} organisations',
  'collaboration.count.posts.one': '1 post',
  'collaboration.count.posts.many': '{count} posts',
  'collaboration.count.vacancies.one': '1 vacant',
  'collaboration.count.vacancies.many': '{count} vacant',

  'collaboration.asOf.label': 'Show the situation on',
  'collaboration.asOf.submit': 'Show',
  'collaboration.asOf.hint': 'Choose a date to see how it was then, or how it will be.',
  'collaboration.asOf.hintToday':
    'You are seeing the situation today, {date}. Choose another date to see how it was then.',
  'collaboration.asOf.invalid': 'Write the date as year-month-day, for example 2024-02-15.',
  'collaboration.asOf.showing': 'You are seeing the situation on {date}.',
  'collaboration.asOf.today': 'Show the situation today',

  'collaboration.counterparts.title': 'Find a counterpart',
  'collaboration.counterparts.lead':
    'See whom to contact in the other organisations: the people with matching posts in your catchment area and in the same networks, with phone and e-mail one click away.',
  'collaboration.counterparts.choiceTitle': 'Which role and organisation do you start from?',
  'collaboration.counterparts.roleLabel': 'Role',
  'collaboration.counterparts.roleHint': 'Type to filter, for example “nvk” or “process lead”.',
  'collaboration.counterparts.organisationLabel': 'Organisation',
  'collaboration.counterparts.organisationHint':
    'Type to filter, for example “Kullbergska” or “Flen”.',
  'collaboration.counterparts.ownPosts': 'Your posts:',
  'collaboration.counterparts.choose':
    'Choose a role and an organisation to see whom you work with in other organisations.',
  'collaboration.counterparts.loading': 'Loading counterparts …',
  'collaboration.counterparts.notFound':
    'The role or organisation is not in the directory. Choose another in the lists above.',
  'collaboration.counterparts.resultsTitle': 'Counterparts of the role {role} at {organisation}',
  'collaboration.counterparts.rolesTitle': 'Roles to work with',
  'collaboration.counterparts.noRoles':
    'The role {role} has no counterpart roles in the directory yet.',
  'collaboration.counterparts.none':
    'There are no counterparts in the organisations related to {organisation}.',
  'collaboration.counterparts.summary': '{people} in {organisations}.',
  'collaboration.counterparts.vcard': 'Save all as contacts (vCard)',
  'collaboration.counterparts.linkedTitle': 'Catchment area and partners',
  'collaboration.counterparts.linkedIntro':
    'Organisations that {organisation} is directly linked to.',
  'collaboration.counterparts.networkTitle': 'In the same networks',
  'collaboration.counterparts.networkIntro':
    'Other organisations that take part in the same networks as {organisation}.',
  'collaboration.counterparts.more': 'Showing {shown} of {total} posts.',
  'collaboration.counterparts.allOnOrganisation': 'See all on the organisation’s page',

  'collaboration.relation.servesOutgoing': 'In the catchment area of {organisation}',
  'collaboration.relation.servesIncoming': 'Has {organisation} in its catchment area',
  'collaboration.relation.partner': 'Partner of {organisation}',
  'collaboration.relation.networks': 'Same networks:',
  'collaboration.relation.networksThrough': 'Same networks as {organisation}:',

  'collaboration.networks.title': 'Networks',
  'collaboration.networks.lead':
    'The Nära vård network of Sörmland with its county programme areas, forums and projects. Choose a network to see who takes part and who holds which role.',
  'collaboration.networks.loading': 'Loading networks …',
  'collaboration.networks.empty': 'There are no networks to show.',
  'collaboration.networks.toList': 'To all networks',

  'collaboration.network.loading': 'Loading the network …',
  'collaboration.network.notFound': 'Network not found',
  'collaboration.network.notFoundBody': 'It may have ended, or the link is wrong.',
  'collaboration.network.shortName': 'Also called {name}',
  'collaboration.network.searchPeople': 'Search the people of the network',
  'collaboration.network.website': 'Website: {site}',
  'collaboration.network.topics': 'Focus areas',
  'collaboration.network.children': 'Sub-networks, forums and projects',
  'collaboration.network.members': 'Member organisations ({count})',
  'collaboration.network.noMembers': 'No organisations are recorded as members.',
  'collaboration.network.memberUntil': 'Until {date}',

  'collaboration.coverage.title': 'Who holds which role?',
  'collaboration.coverage.intro':
    'The network’s posts in each member organisation. Vacant posts are marked with a warning sign and the word “Vacant”.',
  'collaboration.coverage.loading': 'Loading the coverage …',
  'collaboration.coverage.caption': 'Posts in {network} by organisation and role, {date}',
  'collaboration.coverage.organisation': 'Organisation',
  'collaboration.coverage.noPost': 'No post',
  'collaboration.coverage.scrollHint':
    'The table is wider than the screen. Swipe sideways, or select it and use the arrow keys, to see more roles.',
  'collaboration.coverage.more': 'and {count} more',
  'collaboration.coverage.summary': 'On {date}: {posts}, of which {vacant}.',
  'collaboration.coverage.vacancies': 'Vacant posts',
  'collaboration.coverage.empty': 'The network has no posts in its member organisations.',
  'collaboration.coverage.outside':
    'Also {posts} in organisations that are not members of the network.',

  'collaboration.role.title': 'Role',
  'collaboration.role.eyebrow': 'Role in the network',
  'collaboration.role.loading': 'Loading the role …',
  'collaboration.role.loadingHolders': 'Loading who holds the role …',
  'collaboration.role.notFound': 'Role not found',
  'collaboration.role.notFoundBody':
    'It may have been removed from the directory, or the link is wrong.',
  'collaboration.role.inSwedish': 'In Swedish:',
  'collaboration.role.noDescription': 'There is no description of the role yet.',
  'collaboration.role.synonyms': 'Also called:',
  'collaboration.role.findCounterparts': 'Find counterparts for the role',
  'collaboration.role.search': 'Search people with the role',
  'collaboration.role.counterparts': 'Works with',
  'collaboration.role.noCounterparts': 'No counterpart roles are recorded.',
  'collaboration.role.peers': '{role} in other organisations',
  'collaboration.role.vacancies': 'Vacant posts',
  'collaboration.role.noVacancies': 'No posts with this role are vacant.',
  'collaboration.role.holders': 'Who holds the role?',
  'collaboration.role.holdersSummary': '{people} in {organisations}.',
  'collaboration.role.noPosts': 'No organisation has a post with this role.',

  'collaboration.post.title': 'Post',
  'collaboration.post.eyebrow': 'Post',
  'collaboration.post.loading': 'Loading the post …',
  'collaboration.post.notFound': 'Post not found',
  'collaboration.post.notFoundBody':
    'It may have been removed from the directory, or the link is wrong.',
  'collaboration.post.open': 'About the post',
  'collaboration.post.openLabel': 'About the post {role}, {organisation}',
  'collaboration.post.required': 'Must always be filled',
  'collaboration.post.archived': 'Ended {date}',
  'collaboration.post.current': 'Who holds the post now?',
  'collaboration.post.onDate': 'Who held the post on {date}?',
  'collaboration.post.nobody': 'Nobody holds the post.',
  'collaboration.post.history': 'History',
  'collaboration.post.handovers': 'Handovers',
  'collaboration.post.handedOverTo': 'handed over to',
  'collaboration.post.noHistory': 'Nobody has held the post yet.',
  'collaboration.post.facts': 'About the post',
  'collaboration.post.role': 'Role',
  'collaboration.post.organisation': 'Organisation',
  'collaboration.post.network': 'Network',
  'collaboration.post.findCounterparts': 'Find counterparts for the post',

  'collaboration.timeline.upcoming': 'Upcoming',
  'collaboration.timeline.current': 'Current',
  'collaboration.timeline.ended': 'Ended',
};
