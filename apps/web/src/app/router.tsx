import { createBrowserRouter } from 'react-router';
import { routes } from '../lib/paths';
import { ProtectedLayout } from './routes/protected-layout';
import { AppBootFallback, RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';

/**
 * The layouts are in the main bundle; every page is its own chunk, loaded when first visited.
 * Everything but the sign-in page needs a signed-in user (see ProtectedLayout).
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      id: 'root',
      Component: RootLayout,
      HydrateFallback: AppBootFallback,
      ErrorBoundary: RouteError,
      children: [
        {
          path: routes.signIn,
          lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }),
        },
        {
          path: routes.acceptInvite,
          lazy: async () => ({
            Component: (await import('./routes/accept-invite')).AcceptInviteRoute,
          }),
        },
        {
          Component: ProtectedLayout,
          children: [
            {
              index: true,
              lazy: async () => ({ Component: (await import('./routes/home')).HomeRoute }),
            },
            {
              path: routes.organisations,
              lazy: async () => ({
                Component: (await import('./routes/organisations')).OrganisationsRoute,
              }),
            },
            {
              path: routes.organisation,
              lazy: async () => ({
                Component: (await import('./routes/organisation')).OrganisationRoute,
              }),
            },
            {
              path: routes.search,
              lazy: async () => ({ Component: (await import('./routes/search')).SearchRoute }),
            },
            {
              path: routes.adminReview,
              lazy: async () => ({
                Component: (await import('./routes/admin/admin-review')).AdminReviewRoute,
              }),
            },
            {
              path: routes.adminMerge,
              lazy: async () => ({
                Component: (await import('./routes/admin/admin-merge')).AdminMergeRoute,
              }),
            },
            {
              path: routes.adminHandover,
              lazy: async () => ({
                Component: (await import('./routes/admin/admin-handover')).AdminHandoverRoute,
              }),
            },
            {
              path: routes.archived,
              lazy: async () => ({
                Component: (await import('./routes/admin/admin-archived')).AdminArchivedRoute,
              }),
            },
            {
              path: routes.newPerson,
              lazy: async () => ({
                Component: (await import('./routes/edit/person-form')).PersonFormRoute,
              }),
            },
            {
              path: routes.editPerson,
              lazy: async () => ({
                Component: (await import('./routes/edit/person-form')).PersonFormRoute,
              }),
            },
            {
              path: routes.newOrganisation,
              lazy: async () => ({
                Component: (await import('./routes/edit/organisation-form')).OrganisationFormRoute,
              }),
            },
            {
              path: routes.editOrganisation,
              lazy: async () => ({
                Component: (await import('./routes/edit/organisation-form')).OrganisationFormRoute,
              }),
            },
            {
              path: routes.newPost,
              lazy: async () => ({
                Component: (await import('./routes/edit/post-form')).PostFormRoute,
              }),
            },
            {
              path: routes.editPost,
              lazy: async () => ({
                Component: (await import('./routes/edit/post-form')).PostFormRoute,
              }),
            },
            {
              path: routes.adminCatalogue,
              lazy: async () => ({
                Component: (await import('./routes/admin/admin-catalogue')).AdminCatalogueRoute,
              }),
            },
            {
              path: routes.newRole,
              lazy: async () => ({
                Component: (await import('./routes/edit/role-form')).RoleFormRoute,
              }),
            },
            {
              path: routes.editRole,
              lazy: async () => ({
                Component: (await import('./routes/edit/role-form')).RoleFormRoute,
              }),
            },
            {
              path: routes.newNetwork,
              lazy: async () => ({
                Component: (await import('./routes/edit/network-form')).NetworkFormRoute,
              }),
            },
            {
              path: routes.editNetwork,
              lazy: async () => ({
                Component: (await import('./routes/edit/network-form')).NetworkFormRoute,
              }),
            },
            {
              path: routes.newTopic,
              lazy: async () => ({
                Component: (await import('./routes/edit/topic-form')).TopicFormRoute,
              }),
            },
            {
              path: routes.editTopic,
              lazy: async () => ({
                Component: (await import('./routes/edit/topic-form')).TopicFormRoute,
              }),
            },
            {
              path: routes.postAssignments,
              lazy: async () => ({
                Component: (await import('./routes/edit/post-assignments')).PostAssignmentsRoute,
              }),
            },
            {
              path: routes.person,
              lazy: async () => ({ Component: (await import('./routes/person')).PersonRoute }),
            },
            {
              path: routes.counterparts,
              lazy: async () => ({
                Component: (await import('./routes/counterparts')).CounterpartsRoute,
              }),
            },
            {
              path: routes.networks,
              lazy: async () => ({ Component: (await import('./routes/networks')).NetworksRoute }),
            },
            {
              path: routes.network,
              lazy: async () => ({ Component: (await import('./routes/network')).NetworkRoute }),
            },
            {
              path: routes.role,
              lazy: async () => ({ Component: (await import('./routes/role')).RoleRoute }),
            },
            {
              path: routes.post,
              lazy: async () => ({ Component: (await import('./routes/post')).PostRoute }),
            },
            {
              path: routes.onboarding,
              lazy: async () => ({
                Component: (await import('./routes/onboarding')).OnboardingRoute,
              }),
            },
            {
              path: routes.networkMap,
              lazy: async () => ({
                Component: (await import('./routes/network-map')).NetworkMapRoute,
              }),
            },
            {
              path: routes.admin,
              lazy: async () => ({
                Component: (await import('./routes/admin/admin-home')).AdminHomeRoute,
              }),
            },
            {
              path: routes.adminImport,
              lazy: async () => ({
                Component: (await import('./routes/admin/admin-import')).AdminImportRoute,
              }),
            },
            {
              path: routes.adminAudit,
              lazy: async () => ({
                Component: (await import('./routes/admin/admin-audit')).AdminAuditRoute,
              }),
            },
            {
              path: routes.adminUsers,
              lazy: async () => ({
                Component: (await import('./routes/admin/admin-users')).AdminUsersRoute,
              }),
            },
            {
              path: '*',
              lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
            },
          ],
        },
      ],
    },
  ]);
}
