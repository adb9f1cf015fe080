import type { TranslationKey } from './sv';

/** English, complete: the type makes a missing or misspelt key a compile error. */
export const en: Record<TranslationKey, string> = {
  'app.name': 'Nätverkskatalogen',
  'app.tagline': 'Nära vård in Sörmland',

  'shell.skipLink': 'Skip to content',
  'shell.primaryNav': 'Main menu',
  'shell.nav.home': 'Start',
  'shell.nav.organisations': 'Organisations',
  'shell.account': 'Your account',
  'shell.signedInAs': 'Signed in as',
  'shell.footer.about': 'The directory of the Nära vård collaboration network in Sörmland.',
  'shell.footer.members':
    'Region Sörmland, the nine municipalities of the county, FoU Sörmland and civil society.',

  'language.label': 'Language',
  'language.sv': 'Svenska',
  'language.en': 'English',

  'common.loading': 'Loading …',
  'common.retry': 'Try again',

  'auth.signIn.title': 'Sign in',
  'auth.signIn.intro':
    'The directory is for people who work in the network. Sign in with your e-mail address and password.',
  'auth.email': 'E-mail address',
  'auth.password': 'Password',
  'auth.submit': 'Sign in',
  'auth.submitting': 'Signing in …',
  'auth.emailRequired': 'Enter your e-mail address.',
  'auth.emailInvalid': 'Enter the e-mail address in the format name@example.com.',
  'auth.passwordRequired': 'Enter your password.',
  'auth.fixErrors': 'Correct the marked fields and try again.',
  'auth.signOut': 'Sign out',
  'auth.signingOut': 'Signing out …',
  'auth.signOutFailed': 'Signing out failed. Please try again.',

  'home.title': 'Welcome to Nätverkskatalogen',
  'home.lead':
    'Nära vård i Sörmland is the network in which Region Sörmland, the nine municipalities of the county, FoU Sörmland and civil society work together for good care close to people.',
  'home.lead2':
    'Here you can see who holds which post in which organisation, since when, and whom to contact when a post is vacant.',
  'home.organisationsLink': 'See all organisations in the network',

  'organisations.title': 'Organisations',
  'organisations.intro':
    'All organisations in the network, arranged by how they belong together. Choose an organisation to see its posts and contact people.',
  'organisations.group.region': 'The region',
  'organisations.group.municipalities': 'Municipalities',
  'organisations.group.other': 'Other organisations',
  'organisations.empty': 'There are no organisations to show.',
  'organisations.loading': 'Loading organisations …',

  'organisation.loading': 'Loading the organisation …',
  'organisation.breadcrumb': 'Breadcrumb',
  'organisation.municipalityCode': 'Municipality code',
  'organisation.municipalityCodeValue': 'Municipality code {code}',
  'organisation.shortName': 'Short name',
  'organisation.hsaId': 'HSA ID',
  'organisation.contact': 'Contact details',
  'organisation.phone': 'Phone',
  'organisation.email': 'E-mail',
  'organisation.website': 'Website',
  'organisation.address': 'Address',
  'organisation.noContact': 'No contact details are recorded.',
  'organisation.children': 'Organisations within',
  'organisation.catchment': 'Catchment area',
  'organisation.catchmentIntro': 'Serves these municipalities:',
  'organisation.servedBy': 'Served by',
  'organisation.partners': 'Works with',
  'organisation.posts': 'Posts and contact people',
  'organisation.noPosts': 'No posts are recorded for this organisation.',
  'organisation.asOf': 'Showing the situation on {date}.',
  'organisation.showToday': 'Show the situation today',
  'organisation.notFound.title': 'Organisation not found',
  'organisation.notFound.body': 'It may have been archived, or the link is wrong.',
  'organisation.backToList': 'To all organisations',

  'post.vacant': 'Vacant',
  'post.vacantSince': 'Vacant since {date}',
  'post.network': 'Network: {name}',
  'post.functionalEmail': 'Shared mailbox',
  'post.functionalPhone': 'Shared phone',
  'post.since': 'Since {date}',
  'post.period': '{from} – {to}',
  'post.holders': 'Holders',

  'assignment.interim': 'Interim',
  'assignment.deputy': 'Deputy',

  'contact.phone': 'Phone',
  'contact.mobile': 'Mobile',
  'contact.email': 'E-mail',

  'kind.region': 'Region',
  'kind.municipality': 'Municipality',
  'kind.hospital': 'Hospital',
  'kind.division': 'Division',
  'kind.unit': 'Unit',
  'kind.primary_care': 'Primary care',
  'kind.research': 'Research and development',
  'kind.civil_society': 'Civil society',
  'kind.other': 'Other',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you are looking for does not exist, or its address has changed.',
  'notFound.home': 'To the start page',

  'error.title': 'Something went wrong',
  'error.generic': 'Something went wrong. Please try again in a moment.',
  'error.network': 'The server could not be reached. Check your internet connection and try again.',
  'error.invalidCredentials':
    'The e-mail address or password is not correct. Check them and try again.',
  'error.tooManyRequests': 'Too many attempts in a short time. Wait a while, then try again.',
  'error.unavailable': 'The service is temporarily unavailable. Please try again in a moment.',
  'error.forbidden': 'You are not allowed to see this.',
  'error.notFound': 'What you are looking for does not exist.',
  'error.notSignedIn': 'You are no longer signed in. Please sign in again.',
  'error.validation': 'The details are not valid. Correct what is marked and try again.',
  'error.pageLoad': 'The page could not be loaded. Reload the page and try again.',
};
