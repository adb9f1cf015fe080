import type { sv } from './i18n';

/** The English strings of this feature: the same keys as the Swedish ones in `i18n.ts`. */
export const en: Record<keyof typeof sv, string> = {
  'onboarding.nav.search': 'Search',
  'onboarding.nav.counterparts': 'Find a counterpart',
  'onboarding.nav.networks': 'Networks',
  'onboarding.nav.onboarding': 'New to the network',
  'onboarding.nav.admin': 'Administration',

  'onboarding.home.entryPoints': 'Get started',
  'onboarding.home.counterparts.title': 'Find a counterpart',
  'onboarding.home.counterparts.body':
    'Whom should you call in another organisation? Choose a role and an organisation to see your counterparts.',
  'onboarding.home.onboarding.title': 'New to the network',
  'onboarding.home.onboarding.body':
    'What the network works on, which roles there are and who your first contacts are.',
  'onboarding.home.networks.title': 'Networks',
  'onboarding.home.networks.body':
    'The Nära vård network with its county programme areas, forums and projects, and who takes part.',
  'onboarding.home.organisations.title': 'Organisations',
  'onboarding.home.organisations.body':
    'Region Sörmland, the municipalities and the other organisations, with their posts and contact people.',
  'onboarding.home.map.title': 'Network map',
  'onboarding.home.map.body':
    'See how organisations, networks and posts are connected, as a map or as a table.',
  'onboarding.home.vacancies.title': 'Vacant posts',
  'onboarding.home.vacancies.intro': 'Posts the network needs that have nobody holding them.',
  'onboarding.home.vacancies.loading': 'Loading vacant posts …',
  'onboarding.home.vacancies.none': 'Every post the network needs is filled.',
  'onboarding.home.vacancies.vacant': 'Vacant',
  'onboarding.home.vacancies.vacantSince': 'Vacant since {date}',
  'onboarding.home.recent.title': 'Recently changed',
  'onboarding.home.recent.intro': 'People whose details have changed in the last 30 days.',
  'onboarding.home.recent.loading': 'Loading recent changes …',
  'onboarding.home.recent.none': 'No details have changed in the last 30 days.',
  'onboarding.home.recent.changed': 'Changed {date}',

  'onboarding.title': 'New to the network',
  'onboarding.lead':
    'Welcome! This page gives you an overview of the Nära vård network in Sörmland: what it works on, which roles there are and whom you need to get to know first.',
  'onboarding.toc': 'On this page',
  'onboarding.loading': 'Loading …',

  'onboarding.about.title': 'What is the network?',
  'onboarding.about.p1':
    'The Nära vård network in Sörmland is the collaboration structure for the shift to good, close care in the county. Region Sörmland with its hospitals and divisions, the nine municipalities of the county, FoU Sörmland and, increasingly, civil society work together in it. What started as a project is now a permanent collaboration structure.',
  'onboarding.about.p2':
    'The work starts from the shared vision for close care in Sörmland 2035. It was adopted in March 2022 and has been decided by every responsible authority in the county:',
  'onboarding.about.goal1':
    'Together – through participation and coordination centred on the individual.',
  'onboarding.about.goal2': 'Close – through accessibility and continuity.',
  'onboarding.about.goal3':
    'Good health and care – through health-promoting, preventive and rehabilitative work.',
  'onboarding.about.p3':
    'For residents, care should be easy to reach, and the care that is needed often should be close at hand. For you as a member of staff, it means working in teams across organisational boundaries, together with the patient, and building on the patient’s own resources.',

  'onboarding.focus.title': 'The roadmap’s focus areas',
  'onboarding.focus.intro':
    'The roadmap for close care and health (Färdplan Nära vård och hälsa) was adopted on 9 February 2024. It gathers the joint work in five focus areas:',
  'onboarding.focus.missions': 'National missions',
  'onboarding.focus.missionsIntro': 'The roadmap builds on three national missions:',
  'onboarding.focus.loading': 'Loading focus areas …',

  'onboarding.results.title': 'What the network has done',
  'onboarding.results.intro': 'Some of the results from 2023:',
  'onboarding.results.r1': 'A shared vision, focus areas and a project report have been produced.',
  'onboarding.results.r2': 'The Nära vård collaboration network in Sörmland has been built up.',
  'onboarding.results.r3':
    'A joint agreement on self-care during short stays under LSS for children and young people under 18 is in place.',
  'onboarding.results.r4':
    'The guideline for safe discharge and effective collaboration has been revised and given a process map.',
  'onboarding.results.r5': 'A joint digitalisation strategy is in place.',
  'onboarding.results.r6':
    'The career journey for children and young people (Yrkesresan) is running.',
  'onboarding.results.next':
    'Looking ahead, the focus is on what is shared: the roadmap is followed up, and joint development work goes on in the programme areas for older people’s health and mental health and in the safe discharge forum.',

  'onboarding.roles.title': 'The roles in the network',
  'onboarding.roles.intro':
    'Each role has its own task in the collaboration. Choose a role to see who holds it today.',
  'onboarding.roles.loading': 'Loading roles …',
  'onboarding.roles.none': 'No roles are recorded.',
  'onboarding.roles.noDescription': 'The role has no description.',

  'onboarding.contacts.title': 'Your first contacts',
  'onboarding.contacts.loading': 'Loading your contacts …',
  'onboarding.contacts.noPerson':
    'Your account is not linked to a person in the directory, so your contacts cannot be shown here. Under Find a counterpart you can choose a role and an organisation yourself.',
  'onboarding.contacts.noPosts':
    'You hold no post in the network at the moment. When you do, your counterparts are shown here. Under Find a counterpart you can choose a role and an organisation yourself.',
  'onboarding.contacts.intro':
    'Based on your post as {posts}, these are the people you are likely to need first. Save them to your phone or print the list.',
  'onboarding.contacts.postOf': '{role} at {organisation}',
  'onboarding.contacts.and': 'and',
  'onboarding.contacts.vcard': 'Save all as contacts (vCard, {count})',
  'onboarding.contacts.print': 'Print the contact list',
  'onboarding.contacts.findMore': 'Find more counterparts',
  'onboarding.contacts.counterparts': 'Your counterparts as {role}',
  'onboarding.contacts.counterpartsNone':
    'No counterparts are recorded for the role in the organisations related to yours.',
  'onboarding.contacts.whenYouTalk': 'When you talk',
  'onboarding.contacts.linked': 'Organisations you work with directly',
  'onboarding.contacts.sameNetwork': 'In the same network',
  'onboarding.contacts.forum': 'Others in the forum {name}',
  'onboarding.contacts.forumIntro':
    'You will meet these people in the forum, besides your counterparts above.',
  'onboarding.contacts.support': 'Support in {organisation}',
  'onboarding.contacts.supportIntro':
    'The directory does not show who maintains the details of {organisation}. Take questions about the network, and anything wrong in the directory, to the process lead first:',
  'onboarding.contacts.supportNone':
    'No process lead is recorded for {organisation}. Use “Report an error” on a profile if something in the directory is not right.',
  'onboarding.contacts.vacant': 'Vacant',
  'onboarding.contacts.vacantSince': 'Vacant since {date}',
  'onboarding.contacts.interim': 'Interim',
  'onboarding.contacts.deputy': 'Deputy',
  'onboarding.contacts.phone': 'Phone',
  'onboarding.contacts.mobile': 'Mobile',
  'onboarding.contacts.email': 'E-mail',
  'onboarding.contacts.sharedPhone': 'Shared phone',
  'onboarding.contacts.sharedEmail': 'Shared mailbox',
  'onboarding.contacts.printTitle': 'Contact list for {name}',
  'onboarding.contacts.printDate': 'Printed on {date} from Nätverkskatalogen.',
  'onboarding.contacts.col.name': 'Name',
  'onboarding.contacts.col.post': 'Post and organisation',
  'onboarding.contacts.col.phone': 'Phone',
  'onboarding.contacts.col.email': 'E-mail',
  'onboarding.contacts.col.section': 'Why',
  'onboarding.contacts.reason.counterpart': 'Counterpart',
  'onboarding.contacts.reason.forum': 'Forum',
  'onboarding.contacts.reason.support': 'Process lead',

  'onboarding.mapLink.title': 'See the whole network',
  'onboarding.mapLink.body':
    'The network map shows organisations, networks and posts and how they are connected.',
  'onboarding.mapLink.action': 'Open the network map',

  'onboarding.map.title': 'Network map',
  'onboarding.map.lead':
    'The organisations in the network, how they are connected and which networks and posts they have. Choose a point to open its page.',
  'onboarding.map.loading': 'Loading the network map …',
  'onboarding.map.view': 'Show as',
  'onboarding.map.view.graph': 'Map',
  'onboarding.map.view.table': 'Table',
  'onboarding.map.tableHint':
    'The table holds the same information as the map and works best with a keyboard and screen readers.',
  'onboarding.map.graphLabel':
    'Map of the network: {organisations} organisations, {networks} networks and {posts} posts',
  'onboarding.map.layers': 'Show on the map',
  'onboarding.map.showPosts': 'Posts',
  'onboarding.map.showNetworks': 'Networks',
  'onboarding.map.zoomIn': 'Zoom in',
  'onboarding.map.zoomOut': 'Zoom out',
  'onboarding.map.fitView': 'Show the whole map',
  'onboarding.map.controls': 'Zoom buttons',
  'onboarding.map.minimap': 'Overview map',
  'onboarding.map.nodeHint': 'Press Enter to open the page.',
  'onboarding.map.help':
    'Drag to move the map. Zoom with the buttons, with Ctrl and the scroll wheel, or by pinching. Tab goes from node to node, and Enter opens its page.',
  'onboarding.map.legend': 'Legend',
  'onboarding.map.legend.organisation': 'Organisation',
  'onboarding.map.legend.network': 'Network',
  'onboarding.map.legend.post': 'Post',
  'onboarding.map.legend.vacant': 'Vacant post',
  'onboarding.map.legend.parent': 'Part of',
  'onboarding.map.legend.serves': 'Serves (catchment area)',
  'onboarding.map.legend.partner': 'Works with',
  'onboarding.map.legend.member': 'Takes part in network',
  'onboarding.map.selected': 'Selected',
  'onboarding.map.connections': '{count} connections',
  'onboarding.map.hoverHint': 'Point at a node or move focus to it to see its connections.',
  'onboarding.map.node.organisation': '{name}, {kind}',
  'onboarding.map.node.network': '{name}, {kind}',
  'onboarding.map.node.post': '{role} at {organisation}: {holders}',
  'onboarding.map.node.vacant': 'vacant',
  'onboarding.map.vacant': 'Vacant',
  'onboarding.map.edge': 'connection',
  'onboarding.map.edge.parent': '{child} is part of {parent}',
  'onboarding.map.edge.serves': '{from} serves {to}',
  'onboarding.map.edge.partner': '{from} works with {to}',
  'onboarding.map.edge.member': '{organisation} takes part in {network}',
  'onboarding.map.empty': 'There are no organisations to show.',

  'onboarding.table.organisations': 'Organisations in the network',
  'onboarding.table.networks': 'Networks, forums and projects',
  'onboarding.table.organisation': 'Organisation',
  'onboarding.table.kind': 'Type',
  'onboarding.table.partOf': 'Part of',
  'onboarding.table.links': 'Catchment area and partners',
  'onboarding.table.networksCol': 'Networks',
  'onboarding.table.posts': 'Posts',
  'onboarding.table.network': 'Network',
  'onboarding.table.members': 'Organisations',
  'onboarding.table.serves': 'Serves {names}',
  'onboarding.table.servedBy': 'Served by {names}',
  'onboarding.table.partners': 'Works with {names}',
  'onboarding.table.none': '–',
  'onboarding.table.vacant': 'vacant',
};
