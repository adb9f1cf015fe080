import type { sv } from './i18n';

/** The English strings of this feature: the same keys as the Swedish ones in `i18n.ts`. */
export const en: Record<keyof typeof sv, string> = {
  'editing.loading': 'Loading …',
  'editing.yes': 'Yes',
  'editing.no': 'No',

  'editing.link.edit': 'Edit',
  'editing.link.newPerson': 'New person',
  'editing.link.newPost': 'New post',
  'editing.link.newOrganisation': 'New organisation within this one',
  'editing.link.handover': 'Handover',
  'editing.link.actions': 'Edit the directory',

  'editing.form.required': '(required)',
  'editing.form.requiredNote':
    'Fields marked (required) must be filled in. The others may be left empty.',
  'editing.form.save': 'Save the changes',
  'editing.form.saving': 'Saving …',
  'editing.form.cancel': 'Cancel',
  'editing.form.unsaved': 'You have changes that are not saved.',
  'editing.form.nothingChanged': 'You have not changed anything, so there is nothing to save.',
  'editing.form.characters': '{count} of at most {max} characters',

  'editing.summary.one': 'There is 1 error to correct',
  'editing.summary.many': 'There are {count} errors to correct',

  'editing.validation.required': 'Enter the {label}.',
  'editing.validation.choose': 'Choose the {label}.',
  'editing.validation.tooLong': '{label} may be at most {max} characters long. It is {count} now.',
  'editing.validation.email': 'Enter the e-mail address in the format name@example.com.',
  'editing.validation.url':
    'Enter the web address in the format www.example.com or https://example.com.',
  'editing.validation.hsaId':
    'An HSA ID starts with SE followed by letters, digits and hyphens, for example SE2321000032-1003.',
  'editing.validation.municipalityCode': 'The municipality code is four digits, for example 0484.',
  'editing.validation.languages':
    'Enter the languages as codes of two or three lower-case letters, for example “sv, en, ar” (at most {max}).',

  'editing.server.duplicate': '{label} is already used by someone else in the directory.',
  'editing.server.missing': 'What you chose as {label} no longer exists. Choose another.',
  'editing.server.archived':
    'What you chose as {label} is archived. Choose another or restore it first.',
  'editing.server.notYours': '{label} can only be changed by a steward of the organisation.',
  'editing.server.belowItself':
    'An organisation cannot be placed below itself or one of its own sub-organisations.',
  'editing.server.tooLong': '{label} may be at most {max} characters long.',
  'editing.server.after': 'The date must be after {date}.',
  'editing.server.pattern': '{label} has the wrong form.',
  'editing.server.other': '{label}: the server did not accept the value ({message})',

  'editing.error.stale':
    'Someone else has changed the details since you opened them. Load them again.',
  'editing.error.forbidden':
    'You are not allowed to change this. Stewards can only change their own organisations.',
  'editing.error.duplicate': 'There is already an entry with the same details in the directory.',
  'editing.error.notFound': 'What you are trying to change is no longer in the directory.',

  'editing.picker.typeMore': 'Type at least two letters to search.',
  'editing.picker.searching': 'Searching …',
  'editing.picker.none': 'No matches. Try another spelling or fewer letters.',
  'editing.picker.one': '1 match. Choose with Enter.',
  'editing.picker.many': '{count} matches. Browse with the up and down arrows, choose with Enter.',

  'editing.unsaved.title': 'Leave the page without saving?',
  'editing.unsaved.body':
    'You have changes that are not saved. If you leave the page now, they are lost.',
  'editing.unsaved.stay': 'Stay on the page',
  'editing.unsaved.leave': 'Leave without saving',

  'editing.toast.close': 'Close the message',

  'editing.conflict.title': 'Someone else changed the details while you were editing',
  'editing.conflict.body':
    'Nothing you wrote has been saved yet, and nothing is lost. Compare the changes below. You can save your changes on top of the new version with one click.',
  'editing.conflict.caption': 'Changes since you opened the form',
  'editing.conflict.field': 'Detail',
  'editing.conflict.theirs': 'Changed by someone else',
  'editing.conflict.mine': 'Your change',
  'editing.conflict.before': 'Before:',
  'editing.conflict.now': 'Now:',
  'editing.conflict.empty': '(empty)',
  'editing.conflict.unchanged': 'Unchanged',
  'editing.conflict.notChangedByYou': 'You did not change this',
  'editing.conflict.both': 'Both changed',
  'editing.conflict.bothNote':
    'Where you both changed the same detail, your change is the one saved. To keep theirs, change the field back before saving.',
  'editing.conflict.reapply': 'Save my changes on top of the new version',
  'editing.conflict.discard': 'Discard my changes and show the new version',

  'editing.archive.section': 'Archive',
  'editing.archive.intro':
    'Archive when something should no longer show in the directory. Nothing is deleted, and the history is kept.',
  'editing.archive.open': 'Archive {name} …',
  'editing.archive.confirmTitle': 'Archive {name}?',
  'editing.archive.safe':
    'Nothing is deleted. You can undo straight afterwards, or restore it later from the Archive.',
  'editing.archive.confirm': 'Archive',
  'editing.archive.archiving': 'Archiving …',
  'editing.archive.done': '{name} has been archived.',
  'editing.archive.undo': 'Undo',
  'editing.archive.restored': '{name} has been restored.',
  'editing.archive.archivedOn': 'Archived on {date}',
  'editing.archive.restoreIntro':
    'The entry does not show in lists and searches. Restore it to show it again.',
  'editing.archive.restore': 'Restore {name}',

  'editing.refusal.title': 'You cannot change this',
  'editing.refusal.viewer':
    'Only stewards and administrators can change the directory. If you see something wrong, use “Report an error” on the person’s page and your message reaches the right steward.',
  'editing.refusal.outsideScope':
    '{name} belongs to {organisation}, for which you are not a steward. The stewards of {organisation} keep the details up to date. Use “Report an error” on the person’s page and your message reaches them.',
  'editing.refusal.organisationOutsideScope':
    'This belongs to {organisation}, for which you are not a steward. Contact a steward of {organisation} or an administrator.',
  'editing.refusal.toPerson': 'Back to the person',
  'editing.refusal.toOrganisation': 'Back to the organisation',
  'editing.refusal.toPost': 'Back to the post',
  'editing.refusal.home': 'To the start page',
  'editing.refusal.search': 'To the search',

  'editing.person.newTitle': 'Add a person',
  'editing.person.editTitle': 'Edit person',
  'editing.person.editTitleNamed': 'Edit {name}',
  'editing.person.newLead':
    'Fill in the details about the person. Posts in the network are added with a handover once the person is in the directory.',
  'editing.person.editLead':
    'Change what is needed and save. The change shows at once for everyone in the network.',
  'editing.person.backToProfile': '← Back to the person',
  'editing.person.loading': 'Loading the person …',
  'editing.person.notFound': 'Person not found',
  'editing.person.notFoundBody':
    'The person may have been removed from the directory, or the link is wrong.',
  'editing.person.create': 'Add the person',
  'editing.person.section.who': 'Name and employer',
  'editing.person.section.contact': 'Contact details',
  'editing.person.section.more': 'More about the person',
  'editing.person.givenName': 'Given name',
  'editing.person.familyName': 'Family name',
  'editing.person.title': 'Job title',
  'editing.person.titleHint': 'The position, for example “Nurse, care coordinator”.',
  'editing.person.organisation': 'Employer',
  'editing.person.organisationHint':
    'The organisation that employs the person. Its stewards keep the details up to date.',
  'editing.person.organisationHintEditor':
    'The organisation that employs the person. You can choose among the organisations you are a steward of.',
  'editing.person.email': 'E-mail',
  'editing.person.emailHint':
    'The person’s own work address, for example anna.eriksson@eskilstuna.se.',
  'editing.person.phone': 'Phone',
  'editing.person.phoneVisibility': 'Who may see the phone number?',
  'editing.person.mobile': 'Mobile',
  'editing.person.mobileVisibility': 'Who may see the mobile number?',
  'editing.person.visibility.network': 'Everyone in the network',
  'editing.person.visibility.networkHint': 'Everyone signed in to the directory.',
  'editing.person.visibility.organisation': 'Only their own organisation',
  'editing.person.visibility.organisationHint':
    'Colleagues in the same organisation, stewards and administrators.',
  'editing.person.bio': 'Ask me about',
  'editing.person.bioHint': 'What colleagues in the network can turn to the person about.',
  'editing.person.languages': 'Languages',
  'editing.person.languagesHint': 'Language codes separated by commas, for example “sv, en, ar”.',
  'editing.person.hsaId': 'HSA ID',
  'editing.person.hsaIdHint':
    'Optional. The ID in the national directory, for example SE2321000032-1003.',
  'editing.person.topics': 'Focus areas',
  'editing.person.protected': 'Protected identity',
  'editing.person.protectedHint':
    'The person is then shown to administrators only. Only an administrator can change this.',
  'editing.person.archive.hidden':
    '{name} disappears from lists, searches and counterpart overviews. The details and the history are kept.',
  'editing.person.archive.postsOne': 'The person has 1 current or upcoming post.',
  'editing.person.archive.postsMany': 'The person has {count} current or upcoming posts.',
  'editing.person.archive.postsStay':
    'Archiving does not end them: {name} stays the holder until the posts are handed over. If the person has left, do a handover first.',
  'editing.person.archive.handOver': 'Hand over',
  'editing.person.archive.noPosts': 'The person holds no current post in the network.',

  'editing.organisation.newTitle': 'Add an organisation',
  'editing.organisation.editTitle': 'Edit organisation',
  'editing.organisation.editTitleNamed': 'Edit {name}',
  'editing.organisation.newLead':
    'Fill in the details about the organisation and choose where it belongs, for example below a municipality or a hospital.',
  'editing.organisation.editLead':
    'Change what is needed and save. The change shows at once for everyone in the network.',
  'editing.organisation.back': '← Back to the organisation',
  'editing.organisation.loading': 'Loading the organisation …',
  'editing.organisation.notFound': 'Organisation not found',
  'editing.organisation.notFoundBody': 'It may have been archived, or the link is wrong.',
  'editing.organisation.create': 'Add the organisation',
  'editing.organisation.section.what': 'The organisation',
  'editing.organisation.section.contact': 'Contact details',
  'editing.organisation.name': 'Name',
  'editing.organisation.shortName': 'Short name',
  'editing.organisation.shortNameHint': 'Optional, for example “MSE” for Mälarsjukhuset.',
  'editing.organisation.kind': 'Kind of organisation',
  'editing.organisation.kindPlaceholder': 'Choose a kind',
  'editing.organisation.parent': 'Part of',
  'editing.organisation.parentHint':
    'The organisation it is part of. Leave empty for an organisation at the top level, such as a municipality.',
  'editing.organisation.parentHintEditor':
    'The organisation it is part of. You can choose among the organisations you are a steward of.',
  'editing.organisation.clearParent': 'Remove: place the organisation at the top level',
  'editing.organisation.noParent': 'Top level',
  'editing.organisation.municipalityCode': 'Municipality code',
  'editing.organisation.municipalityCodeHint':
    'The four-digit code of Statistics Sweden, for example 0484.',
  'editing.organisation.hsaId': 'HSA ID',
  'editing.organisation.description': 'Description',
  'editing.organisation.descriptionHint':
    'A couple of sentences on what the organisation does in the network.',
  'editing.organisation.email': 'E-mail',
  'editing.organisation.phone': 'Phone',
  'editing.organisation.website': 'Website',
  'editing.organisation.websiteHint': 'For example www.eskilstuna.se.',
  'editing.organisation.streetAddress': 'Street address',
  'editing.organisation.postalCode': 'Postcode',
  'editing.organisation.city': 'Town',
  'editing.organisation.archive.hidden':
    '{name} disappears from lists, searches and pickers. The details and the history are kept.',
  'editing.organisation.archive.counting': 'Counting people and posts …',
  'editing.organisation.archive.people':
    '{count} people are employed here (including organisations below it).',
  'editing.organisation.archive.peopleMore':
    'More than {count} people are employed here (including organisations below it).',
  'editing.organisation.archive.posts': '{count} posts belong to the organisation.',
  'editing.organisation.archive.children': '{count} organisations are directly below it.',
  'editing.organisation.archive.stay':
    'The people, posts and sub-organisations are not archived. Move or archive them first if they should no longer show.',

  'editing.post.newTitle': 'Add a post',
  'editing.post.editTitle': 'Edit post',
  'editing.post.editTitleNamed': 'Edit {name}',
  'editing.post.newLead':
    'A post is a seat in the network that exists whoever holds it, for example the process lead of a municipality.',
  'editing.post.editLead':
    'Change what is needed and save. Who holds the post is changed with a handover.',
  'editing.post.back': '← Back to the post',
  'editing.post.handoverLink': 'Hand the post over to someone else',
  'editing.post.loading': 'Loading the post …',
  'editing.post.notFound': 'Post not found',
  'editing.post.notFoundBody': 'It may have been removed, or the link is wrong.',
  'editing.post.create': 'Add the post',
  'editing.post.section.what': 'The post',
  'editing.post.section.contact': 'Shared contact details',
  'editing.post.role': 'Role',
  'editing.post.roleHint': 'Type to search, for example “nvk” or “process lead”.',
  'editing.post.organisation': 'Organisation',
  'editing.post.organisationHint': 'The organisation the post belongs to.',
  'editing.post.network': 'Network',
  'editing.post.networkHint': 'Optional. The network or forum the post is part of.',
  'editing.post.clearNetwork': 'Remove the network',
  'editing.post.noNetwork': 'No network',
  'editing.post.title': 'Name of the post',
  'editing.post.titleHint':
    'Optional, when the role’s name is not enough, for example “Care coordinator, Gnesta”.',
  'editing.post.required': 'The network expects the post to be filled',
  'editing.post.requiredHint': 'Without a holder it is then shown as vacant.',
  'editing.post.contactHint': 'Addresses that go with the post, not the person. Optional.',
  'editing.post.functionalEmail': 'Functional mailbox',
  'editing.post.functionalPhone': 'Functional phone',
  'editing.post.note': 'Note',
  'editing.post.noteHint': 'Optional. Visible to everyone in the network.',
  'editing.post.archive.hidden':
    'The post disappears from lists, searches and coverage overviews, and no longer counts as vacant.',
  'editing.post.archive.holders':
    'It is held today by {names}. The assignments stay in the history.',
  'editing.post.archive.history': 'The history of who held the post is kept.',

  'editing.handover.title': 'Handover',
  'editing.handover.lead':
    'Hand a post over to a new person. Whoever holds it today ends the day before, and the history is kept.',
  'editing.handover.loading': 'Loading the post …',
  'editing.handover.steps': 'Steps of the handover',
  'editing.handover.stepDone': '(done)',
  'editing.handover.step.post': 'Post',
  'editing.handover.step.successor': 'Successor',
  'editing.handover.step.when': 'Date',
  'editing.handover.step.preview': 'Review',
  'editing.handover.step.done': 'Done',
  'editing.handover.next': 'Continue',
  'editing.handover.back': 'Back',
  'editing.handover.changePost': 'Choose another post',
  'editing.handover.vacantNow': 'Nobody holds the post today.',
  'editing.handover.vacantShort': 'Vacant',
  'editing.handover.holder.holder': '{name}, since {date}',
  'editing.handover.holder.interim': '{name} (interim), since {date}',
  'editing.handover.holder.deputy': '{name} (deputy), since {date}',
  'editing.handover.post.title': 'Which post is handed over?',
  'editing.handover.post.label': 'Post',
  'editing.handover.post.hint':
    'Search by role, organisation or today’s holder, for example “processledare eskilstuna”.',
  'editing.handover.post.required': 'Choose the post to hand over.',
  'editing.handover.successor.title': 'Who takes over?',
  'editing.handover.successor.mode': 'The successor',
  'editing.handover.successor.existing': 'Is already in the directory',
  'editing.handover.successor.new': 'Is new and needs to be added',
  'editing.handover.successor.label': 'Person',
  'editing.handover.successor.hint': 'Search by name, for example “helena sjöberg”.',
  'editing.handover.successor.required': 'Choose who takes over.',
  'editing.handover.successor.newIntro':
    'Add the person here. Once they are saved, you continue with the date.',
  'editing.handover.when.title': 'When does {name} take over?',
  'editing.handover.when.date': 'First day',
  'editing.handover.when.dateHint':
    'The day the successor starts. Whoever holds the post now ends the day before. The date may be in the future.',
  'editing.handover.when.dateRequired': 'Enter the first day.',
  'editing.handover.when.dateInvalid': 'Write the date as year-month-day, for example 2024-03-01.',
  'editing.handover.when.kind': 'How does the person take over?',
  'editing.handover.kind.holder': 'As the regular holder',
  'editing.handover.kind.holderHint': 'The current holder ends.',
  'editing.handover.kind.interim': 'As interim',
  'editing.handover.kind.interimHint': 'Replaces a current interim, if there is one.',
  'editing.handover.kind.deputy': 'As deputy',
  'editing.handover.kind.deputyHint': 'Replaces a current deputy, if there is one.',
  'editing.handover.when.note': 'Note',
  'editing.handover.when.noteHint': 'Optional, for example “During parental leave”.',
  'editing.handover.toPreview': 'Review the handover',
  'editing.handover.preview.title': 'Is this right?',
  'editing.handover.preview.intro': 'This is how {post} changes:',
  'editing.handover.preview.ends': 'Ends',
  'editing.handover.preview.endsLine': '{name} ends on {date}.',
  'editing.handover.preview.nobody': 'Vacant',
  'editing.handover.preview.nobodyLine': 'Nobody holds the post then, so nobody needs to end.',
  'editing.handover.preview.starts': 'Starts',
  'editing.handover.preview.startsLine.holder': '{name} starts on {date}.',
  'editing.handover.preview.startsLine.interim': '{name} starts as interim on {date}.',
  'editing.handover.preview.startsLine.deputy': '{name} starts as deputy on {date}.',
  'editing.handover.preview.history':
    'History is not overwritten: the earlier assignment is kept with its end date.',
  'editing.handover.confirm': 'Carry out the handover',
  'editing.handover.saving': 'Saving …',
  'editing.handover.done.title': 'The handover is done',
  'editing.handover.done.body': '{name} holds {post} from {date}.',
  'editing.handover.done.onDate': 'Show the post as it is on {date}',
  'editing.handover.done.today': 'Show the post today',
  'editing.handover.done.another': 'Do another handover',
  'editing.handover.problem.already':
    '{name} already holds the post then. Choose another successor or another date.',
  'editing.handover.problem.later':
    '{name} already takes over on {date}, after the date you chose. Choose a date from {date} on, or change that assignment first.',
  'editing.handover.problem.startsAfter':
    '{name} started on {date}. The handover must be after that date.',
  'editing.handover.problem.several':
    'Several people hold the post on that date. End the one who is leaving first, then try again.',

  'editing.archived.title': 'Archive',
  'editing.archived.lead':
    'People, organisations and posts that have been archived. Nothing is deleted: restore what should show in the directory again.',
  'editing.archived.leadEditor':
    'Archived people, organisations and posts in the organisations you are a steward of. Nothing is deleted: restore what should show again.',
  'editing.archived.loading': 'Loading the archive …',
  'editing.archived.people': 'People',
  'editing.archived.organisations': 'Organisations',
  'editing.archived.posts': 'Posts',
  'editing.archived.noPeople': 'No archived people.',
  'editing.archived.noOrganisations': 'No archived organisations.',
  'editing.archived.noPosts': 'No archived posts.',
  'editing.archived.name': 'Name',
  'editing.archived.organisation': 'Organisation',
  'editing.archived.archivedAt': 'Archived',
  'editing.archived.action': 'Action',
  'editing.archived.restore': 'Restore',
  'editing.archived.restoring': 'Restoring …',
  'editing.archived.restored': '{name} has been restored and shows in the directory again.',
  'editing.archived.open': 'Open',
  'editing.archived.failed': '{name} could not be restored.',
};
