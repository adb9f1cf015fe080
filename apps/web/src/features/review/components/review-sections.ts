import type { ReviewQueue } from '@nk/shared';
import type { TranslationKey } from '../../../i18n/sv';

export type SectionName = keyof ReviewQueue;

/** The queue's sections in the order the page shows them, with their anchors and headings. */
export const reviewSections: readonly {
  name: SectionName;
  anchor: string;
  title: TranslationKey;
  intro: TranslationKey;
  empty: TranslationKey;
}[] = [
  {
    name: 'suggestions',
    anchor: 'felrapporter',
    title: 'review.section.suggestions',
    intro: 'review.section.suggestions.intro',
    empty: 'review.section.suggestions.empty',
  },
  {
    name: 'newVacancies',
    anchor: 'nya-vakanser',
    title: 'review.section.newVacancies',
    intro: 'review.section.newVacancies.intro',
    empty: 'review.section.newVacancies.empty',
  },
  {
    name: 'vacancies',
    anchor: 'vakanser',
    title: 'review.section.vacancies',
    intro: 'review.section.vacancies.intro',
    empty: 'review.section.vacancies.empty',
  },
  {
    name: 'duplicates',
    anchor: 'dubbletter',
    title: 'review.section.duplicates',
    intro: 'review.section.duplicates.intro',
    empty: 'review.section.duplicates.empty',
  },
  {
    name: 'missingContact',
    anchor: 'kontaktuppgifter',
    title: 'review.section.missingContact',
    intro: 'review.section.missingContact.intro',
    empty: 'review.section.missingContact.empty',
  },
  {
    name: 'unverified',
    anchor: 'ej-bekraftade',
    title: 'review.section.unverified',
    intro: 'review.section.unverified.intro',
    empty: 'review.section.unverified.empty',
  },
];
