// The response examples in GitHub's description (@octokit/openapi 23.0.2) that do not fit the schema the
// same description gives them, with the first thing wrong in each: mostly properties the schema requires
// and the example leaves out, `null` examples for `empty-object`, and enum values the schema does not list.
// The corpus test fails when this list changes, in either direction: a new entry is a generator bug or a
// new description; a missing one is a fixed description. Rewrite it when upgrading @octokit/openapi.
export const GITHUB_WRONG_EXAMPLES: Readonly<Record<string, string>> = {
  'actionsApproveWorkflowRun 201 #/paths/~1repos~1{owner}~1{repo}~1actions~1runs~1{run_id}~1approve/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsCancelWorkflowRun 202 #/paths/~1repos~1{owner}~1{repo}~1actions~1runs~1{run_id}~1cancel/post/responses/202/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsCreateEnvironmentVariable 201 #/paths/~1repos~1{owner}~1{repo}~1environments~1{environment_name}~1variables/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsCreateHostedRunnerForOrg 201 #/components/examples/actions-hosted-runner':
    'image_details: Invalid input: expected object, received undefined',
  'actionsCreateOrUpdateEnvironmentSecret 201 #/paths/~1repos~1{owner}~1{repo}~1environments~1{environment_name}~1secrets~1{secret_name}/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsCreateOrUpdateOrgSecret 201 #/paths/~1orgs~1{org}~1actions~1secrets~1{secret_name}/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsCreateOrUpdateRepoSecret 201 #/paths/~1repos~1{owner}~1{repo}~1actions~1secrets~1{secret_name}/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsCreateOrgVariable 201 #/paths/~1orgs~1{org}~1actions~1variables/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsCreateRepoVariable 201 #/paths/~1repos~1{owner}~1{repo}~1actions~1variables/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsDeleteHostedRunnerForOrg 202 #/components/examples/actions-hosted-runner':
    'image_details: Invalid input: expected object, received undefined',
  'actionsForceCancelWorkflowRun 202 #/paths/~1repos~1{owner}~1{repo}~1actions~1runs~1{run_id}~1force-cancel/post/responses/202/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsGetCustomImageVersionForOrg 200 #/components/examples/actions-hosted-runner-custom-image-version':
    'state_details: Invalid input: expected string, received undefined',
  'actionsGetHostedRunnerForOrg 200 #/components/examples/actions-hosted-runner':
    'image_details: Invalid input: expected object, received undefined',
  'actionsGetHostedRunnersGithubOwnedImagesForOrg 200 #/components/examples/actions-hosted-runner-curated-image':
    'total_count: Invalid input: expected number, received undefined',
  'actionsGetHostedRunnersMachineSpecsForOrg 200 #/components/examples/actions-hosted-runner-machine-spec':
    'total_count: Invalid input: expected number, received undefined',
  'actionsGetHostedRunnersPartnerImagesForOrg 200 #/components/examples/actions-hosted-runner-curated-image':
    'total_count: Invalid input: expected number, received undefined',
  'actionsGetJobForWorkflowRun 200 #/components/examples/job':
    'created_at: Invalid input: expected string, received undefined',
  'actionsGetPendingDeploymentsForRun 200 #/components/examples/pending-deployment-items':
    '0.reviewers.1.reviewer: Invalid input',
  'actionsListCustomImageVersionsForOrg 200 #/components/examples/actions-hosted-runner-custom-image-versions':
    'image_versions.0.state_details: Invalid input: expected string, received undefined',
  'actionsListCustomImagesForOrg 200 #/components/examples/actions-hosted-runner-custom-image-versions':
    'images: Invalid input: expected array, received undefined',
  'actionsListGithubHostedRunnersInGroupForOrg 200 #/components/examples/actions-hosted-runner-paginated':
    'runners.0.image_details: Invalid input: expected object, received undefined',
  'actionsListHostedRunnersForOrg 200 #/components/examples/actions-hosted-runner-paginated':
    'runners.0.image_details: Invalid input: expected object, received undefined',
  'actionsListJobsForWorkflowRun 200 #/components/examples/job-paginated':
    'jobs.0.created_at: Invalid input: expected string, received undefined',
  'actionsListJobsForWorkflowRunAttempt 200 #/components/examples/job-paginated':
    'jobs.0.created_at: Invalid input: expected string, received undefined',
  'actionsListOrgVariables 200 #/components/examples/organization-actions-variables-paginated':
    'variables.1.value: Invalid input: expected string, received boolean',
  'actionsReRunJobForWorkflowRun 201 #/paths/~1repos~1{owner}~1{repo}~1actions~1jobs~1{job_id}~1rerun/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsReRunWorkflow 201 #/paths/~1repos~1{owner}~1{repo}~1actions~1runs~1{run_id}~1rerun/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsReRunWorkflowFailedJobs 201 #/paths/~1repos~1{owner}~1{repo}~1actions~1runs~1{run_id}~1rerun-failed-jobs/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsSetCustomOidcSubClaimForRepo 201 #/paths/~1repos~1{owner}~1{repo}~1actions~1oidc~1customization~1sub/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'actionsUpdateHostedRunnerForOrg 200 #/components/examples/actions-hosted-runner':
    'image_details: Invalid input: expected object, received undefined',
  'agentsCreateOrUpdateOrgSecret 201 #/paths/~1orgs~1{org}~1agents~1secrets~1{secret_name}/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'agentsCreateOrUpdateRepoSecret 201 #/paths/~1repos~1{owner}~1{repo}~1agents~1secrets~1{secret_name}/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'agentsCreateOrgVariable 201 #/paths/~1orgs~1{org}~1agents~1variables/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'agentsCreateRepoVariable 201 #/paths/~1repos~1{owner}~1{repo}~1agents~1variables/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'agentsListOrgVariables 200 #/components/examples/organization-actions-variables-paginated':
    'variables.1.value: Invalid input: expected string, received boolean',
  'appsListInstallationRequestsForAuthenticatedApp 200 #/components/examples/integration-installation-request-paginated':
    '0.requester.login: Invalid input: expected string, received undefined',
  'appsListInstallations 200 #/components/examples/base-installation-items':
    '0.account.name: Invalid input: expected string, received undefined',
  'appsRedeliverWebhookDelivery 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'billingDeleteBudgetOrg 200 #/components/examples/delete-budget':
    'id: Invalid input: expected string, received undefined',
  'billingGetAllBudgetsOrg 200 #/components/examples/get_all_budgets':
    'budgets.0.budget_product_sku: Invalid input: expected string, received undefined',
  'billingGetAllBudgetsOrg 200 #/components/examples/get_all_budgets_with_user_filter':
    'budgets.0.budget_product_sku: Invalid input: expected string, received undefined',
  'campaignsCreateCampaign 200 #/components/examples/campaign-summary':
    'contact_link: Invalid input: expected string, received undefined',
  'campaignsGetCampaignSummary 200 #/components/examples/campaign-summary':
    'contact_link: Invalid input: expected string, received undefined',
  'campaignsListOrgCampaigns 200 #/components/examples/campaign-org-items':
    '0.contact_link: Invalid input: expected string, received undefined',
  'campaignsUpdateCampaign 200 #/components/examples/campaign-summary':
    'contact_link: Invalid input: expected string, received undefined',
  'checksRerequestRun 201 #/paths/~1repos~1{owner}~1{repo}~1check-runs~1{check_run_id}~1rerequest/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'checksRerequestSuite 201 #/paths/~1repos~1{owner}~1{repo}~1check-suites~1{check_suite_id}~1rerequest/post/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'classroomGetAClassroom 200 #/components/examples/classroom':
    'archived: Invalid input: expected boolean, received string',
  'classroomGetAnAssignment 200 #/components/examples/classroom-assignment':
    'id: Invalid input: expected number, received string',
  'classroomListAcceptedAssignmentsForAnAssignment 200 #/components/examples/classroom-accepted-assignment':
    ': Invalid input: expected array, received object',
  'classroomListAssignmentsForAClassroom 200 #/components/examples/simple-classroom-assignment':
    ': Invalid input: expected array, received object',
  'classroomListClassrooms 200 #/components/examples/simple-classroom':
    ': Invalid input: expected array, received object',
  'codeQualityUpdateSetup 200 #/paths/~1repos~1{owner}~1{repo}~1code-quality~1setup/patch/responses/200/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'codeScanningCreateVariantAnalysis 201 #/paths/~1repos~1{owner}~1{repo}~1code-scanning~1codeql~1variant-analyses/post/responses/201/content/application~1json/examples/repositories_parameter':
    'id: Invalid input: expected number, received undefined',
  'codeScanningCreateVariantAnalysis 201 #/paths/~1repos~1{owner}~1{repo}~1code-scanning~1codeql~1variant-analyses/post/responses/201/content/application~1json/examples/repository_lists':
    'id: Invalid input: expected number, received undefined',
  'codeScanningCreateVariantAnalysis 201 #/paths/~1repos~1{owner}~1{repo}~1code-scanning~1codeql~1variant-analyses/post/responses/201/content/application~1json/examples/repository_owners':
    'id: Invalid input: expected number, received undefined',
  'codeScanningGetVariantAnalysis 200 #/components/examples/code-scanning-variant-analysis':
    'scanned_repositories.0.repository.stargazers_count: Invalid input: expected number, received undefined',
  'codeScanningUpdateDefaultSetup 200 #/paths/~1repos~1{owner}~1{repo}~1code-scanning~1default-setup/patch/responses/200/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'codeSecurityAttachConfiguration 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'codeSecurityAttachEnterpriseConfiguration 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'codeSecurityGetRepositoriesForConfiguration 200 #/paths/~1orgs~1{org}~1code-security~1configurations~1{configuration_id}~1repositories/get/responses/200/content/application~1json/examples/default':
    '0.repository.id: Invalid input: expected number, received undefined',
  'codeSecurityGetRepositoriesForEnterpriseConfiguration 200 #/paths/~1enterprises~1{enterprise}~1code-security~1configurations~1{configuration_id}~1repositories/get/responses/200/content/application~1json/examples/default':
    '0.repository.id: Invalid input: expected number, received undefined',
  'codespacesCodespaceMachinesForAuthenticatedUser 200 #/components/examples/codespace-machines-list':
    'machines.0.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesCreateForAuthenticatedUser 201 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesCreateForAuthenticatedUser 202 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesCreateOrUpdateOrgSecret 201 #/paths/~1orgs~1{org}~1codespaces~1secrets~1{secret_name}/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'codespacesCreateOrUpdateRepoSecret 201 #/paths/~1repos~1{owner}~1{repo}~1codespaces~1secrets~1{secret_name}/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'codespacesCreateOrUpdateSecretForAuthenticatedUser 201 #/paths/~1user~1codespaces~1secrets~1{secret_name}/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'codespacesCreateWithPrForAuthenticatedUser 201 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesCreateWithPrForAuthenticatedUser 202 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesCreateWithRepoForAuthenticatedUser 201 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesCreateWithRepoForAuthenticatedUser 202 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesDeleteForAuthenticatedUser 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'codespacesDeleteFromOrganization 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'codespacesGetCodespacesForUserInOrg 200 #/components/examples/codespaces-list':
    'codespaces.0.machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesGetForAuthenticatedUser 200 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesListForAuthenticatedUser 200 #/components/examples/codespaces-list':
    'codespaces.0.machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesListInOrganization 200 #/components/examples/codespaces-list':
    'codespaces.0.machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesListInRepositoryForAuthenticatedUser 200 #/components/examples/codespaces-list-for-repository':
    'codespaces.0.machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesListSecretsForAuthenticatedUser 200 #/components/examples/repo-codespaces-secret-paginated':
    'secrets.0.selected_repositories_url: Invalid input: expected string, received undefined',
  'codespacesPublishForAuthenticatedUser 201 #/components/examples/codespace-with-full-repository':
    'repository.has_discussions: Invalid input: expected boolean, received undefined',
  'codespacesRepoMachinesForAuthenticatedUser 200 #/components/examples/codespace-machines-list':
    'machines.0.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesStartForAuthenticatedUser 200 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesStopForAuthenticatedUser 200 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesStopInOrganization 200 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'codespacesUpdateForAuthenticatedUser 200 #/components/examples/codespace':
    'machine.prebuild_availability: Invalid option: expected one of "none"|"ready"|"in_progress"',
  'copilotGetCopilotSeatDetailsForUser 200 #/components/examples/copilot-seat-detail-active':
    'assigning_team: Invalid input',
  'copilotListCopilotSeats 200 #/components/examples/copilot-seats-list':
    'seats.0.assigning_team: Invalid input',
  'copilotSpacesListCollaboratorsForOrg 200 #/paths/~1orgs~1{org}~1copilot-spaces~1{space_number}~1collaborators/get/responses/200/content/application~1json/examples/default':
    'collaborators.1: Invalid input',
  'copilotSpacesListForOrg 200 #/components/examples/copilot-spaces-organization-list':
    'spaces.0.base_role: Invalid option: expected one of "reader"|"writer"|"admin"|"no_access"',
  'copilotSpacesListForUser 200 #/components/examples/copilot-spaces-user-list':
    'spaces.0.base_role: Invalid option: expected one of "reader"|"writer"|"admin"|"no_access"',
  'credentialsRevoke 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'dependabotCreateOrUpdateOrgSecret 201 #/paths/~1orgs~1{org}~1dependabot~1secrets~1{secret_name}/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'dependabotCreateOrUpdateRepoSecret 201 #/paths/~1repos~1{owner}~1{repo}~1dependabot~1secrets~1{secret_name}/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'dependabotGetAlert 200 #/components/examples/dependabot-alert-open':
    'security_advisory.epss.percentile: Invalid input: expected number, received string',
  'dependabotListAlertsForEnterprise 200 #/components/examples/dependabot-alerts-for-organization':
    '0.security_advisory.epss.percentile: Invalid input: expected number, received string',
  'dependabotListAlertsForOrg 200 #/components/examples/dependabot-alerts-for-organization':
    '0.security_advisory.epss.percentile: Invalid input: expected number, received string',
  'dependabotListAlertsForRepo 200 #/components/examples/dependabot-alerts-for-repository':
    '0.security_advisory.epss.percentile: Invalid input: expected number, received string',
  'dependabotRepositoryAccessForEnterprise 200 #/components/examples/dependabot-repository-access-details':
    'accessible_repositories.0.owner.gravatar_id: Invalid input: expected string, received number',
  'dependabotRepositoryAccessForOrg 200 #/components/examples/dependabot-repository-access-details':
    'accessible_repositories.0.owner.gravatar_id: Invalid input: expected string, received number',
  'dependencyGraphDiffRange 200 #/components/examples/diff-range-response':
    '0.scope: Invalid option: expected one of "unknown"|"runtime"|"development"',
  'enterpriseTeamOrganizationsGetAssignments 200 #/components/examples/organization-simple':
    ': Invalid input: expected array, received object',
  'gistsUpdate 200 #/components/examples/delete-gist-file':
    'files: Invalid input: expected record, received null',
  'issuesGet 200 #/paths/~1repos~1{owner}~1{repo}~1issues~1{issue_number}/get/responses/200/content/application~1json/examples/default':
    'id: Invalid input: expected number, received undefined',
  'issuesGet 200 #/paths/~1repos~1{owner}~1{repo}~1issues~1{issue_number}/get/responses/200/content/application~1json/examples/pinned_comment':
    'id: Invalid input: expected number, received undefined',
  'metaGet 200 #/components/examples/api-overview':
    'ssh_key_fingerprints.SHA256_RSA: Invalid input: expected string, received number',
  'migrationsGetStatusForAuthenticatedUser 200 #/components/examples/migration':
    'exclude_metadata: Invalid input: expected boolean, received undefined',
  'migrationsGetStatusForOrg 200 #/components/examples/migration-with-short-org':
    'exclude_metadata: Invalid input: expected boolean, received undefined',
  'migrationsListForAuthenticatedUser 200 #/components/examples/migration-items':
    '0.exclude_metadata: Invalid input: expected boolean, received undefined',
  'migrationsListForOrg 200 #/components/examples/migration-with-short-org-items':
    '0.exclude_metadata: Invalid input: expected boolean, received undefined',
  'migrationsStartForAuthenticatedUser 201 #/components/examples/migration-2':
    'exclude_metadata: Invalid input: expected boolean, received undefined',
  'migrationsStartForOrg 201 #/components/examples/migration-with-short-org-2':
    'exclude_metadata: Invalid input: expected boolean, received undefined',
  'oidcCreateOidcCustomPropertyInclusionForEnterprise 201 #/components/examples/oidc-custom-property-inclusion':
    'inclusion_source: Invalid option: expected one of "organization"|"enterprise"',
  'oidcCreateOidcCustomPropertyInclusionForOrg 201 #/components/examples/oidc-custom-property-inclusion':
    'inclusion_source: Invalid option: expected one of "organization"|"enterprise"',
  'oidcListOidcCustomPropertyInclusionsForOrg 200 #/paths/~1orgs~1{org}~1actions~1oidc~1customization~1properties~1repo/get/responses/200/content/application~1json/examples/default':
    '0.custom_property_name: Invalid input: expected string, received undefined',
  'oidcUpdateOidcCustomSubTemplateForOrg 201 #/paths/~1orgs~1{org}~1actions~1oidc~1customization~1sub/put/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'orgsConvertMemberToOutsideCollaborator 202 #/paths/~1orgs~1{org}~1outside_collaborators~1{username}/put/responses/202/content/application~1json/examples/202':
    ': Invalid input: expected object, received null',
  'orgsDelete 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'orgsGet 200 #/components/examples/organization-full':
    'archived_at: Invalid input: expected string, received undefined',
  'orgsGetOrgRole 200 #/components/examples/organization-role':
    'organization.gravatar_id: Invalid input: expected string, received undefined',
  'orgsListAttestationsBulk 200 #/components/examples/list-attestations-bulk':
    'attestations_subject_digests: Invalid input: expected record, received array',
  'orgsListInvitationTeams 200 #/components/examples/team-items':
    '0.type: Invalid option: expected one of "enterprise"|"organization"',
  'orgsListOrgRoleTeams 200 #/components/examples/team-items':
    '0.type: Invalid option: expected one of "enterprise"|"organization"',
  'orgsRedeliverWebhookDelivery 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'orgsReviewPatGrantRequestsInBulk 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'orgsSetClusterDeploymentRecords 403 #/paths/~1orgs~1{org}~1artifacts~1metadata~1deployment-record~1cluster~1{cluster}/post/responses/403/content/application~1json/examples/insufficient_repo_permissions':
    'message: Invalid input: expected string, received object',
  'orgsSetClusterDeploymentRecords 404 #/paths/~1orgs~1{org}~1artifacts~1metadata~1deployment-record~1cluster~1{cluster}/post/responses/404/content/application~1json/examples/not_found':
    'message: Invalid input: expected string, received object',
  'orgsUpdate 200 #/components/examples/organization-full':
    'archived_at: Invalid input: expected string, received undefined',
  'orgsUpdatePatAccesses 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'projectsAddFieldForOrg 201 #/components/examples/projects-v2-field-iteration':
    'configuration.iterations.0.completed: Invalid input: expected boolean, received undefined',
  'projectsAddFieldForUser 201 #/components/examples/projects-v2-field-iteration':
    'configuration.iterations.0.completed: Invalid input: expected boolean, received undefined',
  'projectsAddItemForOrg 201 #/paths/~1orgs~1{org}~1projectsV2~1{project_number}~1items/post/responses/201/content/application~1json/examples/issue_with_id':
    'id: Invalid input: expected number, received undefined',
  'projectsAddItemForOrg 201 #/paths/~1orgs~1{org}~1projectsV2~1{project_number}~1items/post/responses/201/content/application~1json/examples/issue_with_nwo':
    'id: Invalid input: expected number, received undefined',
  'projectsAddItemForOrg 201 #/paths/~1orgs~1{org}~1projectsV2~1{project_number}~1items/post/responses/201/content/application~1json/examples/pull_request_with_id':
    'id: Invalid input: expected number, received undefined',
  'projectsAddItemForOrg 201 #/paths/~1orgs~1{org}~1projectsV2~1{project_number}~1items/post/responses/201/content/application~1json/examples/pull_request_with_nwo':
    'id: Invalid input: expected number, received undefined',
  'projectsAddItemForUser 201 #/paths/~1users~1{username}~1projectsV2~1{project_number}~1items/post/responses/201/content/application~1json/examples/issue_with_id':
    'id: Invalid input: expected number, received undefined',
  'projectsAddItemForUser 201 #/paths/~1users~1{username}~1projectsV2~1{project_number}~1items/post/responses/201/content/application~1json/examples/issue_with_nwo':
    'id: Invalid input: expected number, received undefined',
  'projectsAddItemForUser 201 #/paths/~1users~1{username}~1projectsV2~1{project_number}~1items/post/responses/201/content/application~1json/examples/pull_request_with_id':
    'id: Invalid input: expected number, received undefined',
  'projectsAddItemForUser 201 #/paths/~1users~1{username}~1projectsV2~1{project_number}~1items/post/responses/201/content/application~1json/examples/pull_request_with_nwo':
    'id: Invalid input: expected number, received undefined',
  'projectsCreateViewForOrg 201 #/paths/~1orgs~1{org}~1projectsV2~1{project_number}~1views/post/responses/201/content/application~1json/examples/board_view':
    'id: Invalid input: expected number, received undefined',
  'projectsCreateViewForOrg 201 #/paths/~1orgs~1{org}~1projectsV2~1{project_number}~1views/post/responses/201/content/application~1json/examples/roadmap_view':
    'id: Invalid input: expected number, received undefined',
  'projectsCreateViewForOrg 201 #/paths/~1orgs~1{org}~1projectsV2~1{project_number}~1views/post/responses/201/content/application~1json/examples/table_view':
    'id: Invalid input: expected number, received undefined',
  'projectsCreateViewForUser 201 #/paths/~1users~1{user_id}~1projectsV2~1{project_number}~1views/post/responses/201/content/application~1json/examples/board_view':
    'id: Invalid input: expected number, received undefined',
  'projectsCreateViewForUser 201 #/paths/~1users~1{user_id}~1projectsV2~1{project_number}~1views/post/responses/201/content/application~1json/examples/roadmap_view':
    'id: Invalid input: expected number, received undefined',
  'projectsCreateViewForUser 201 #/paths/~1users~1{user_id}~1projectsV2~1{project_number}~1views/post/responses/201/content/application~1json/examples/table_view':
    'id: Invalid input: expected number, received undefined',
  'projectsListFieldsForOrg 200 #/components/examples/projects-v2-field-items':
    '5.configuration.iterations.0.completed: Invalid input: expected boolean, received undefined',
  'projectsListFieldsForUser 200 #/components/examples/projects-v2-field-items':
    '5.configuration.iterations.0.completed: Invalid input: expected boolean, received undefined',
  'projectsListForOrg 200 #/components/examples/projects-v2':
    ': Invalid input: expected array, received object',
  'projectsListForUser 200 #/components/examples/projects-v2':
    ': Invalid input: expected array, received object',
  'projectsListItemsForOrg 200 #/components/examples/projects-v2-item-with-content':
    ': Invalid input: expected array, received object',
  'projectsListItemsForUser 200 #/components/examples/projects-v2-item-with-content':
    ': Invalid input: expected array, received object',
  'projectsListViewItemsForOrg 200 #/components/examples/projects-v2-item-with-content':
    ': Invalid input: expected array, received object',
  'projectsListViewItemsForUser 200 #/components/examples/projects-v2-item-with-content':
    ': Invalid input: expected array, received object',
  'pullsCreate 201 #/components/examples/pull-request':
    'requested_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'pullsGet 200 #/components/examples/pull-request':
    'requested_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'pullsList 200 #/components/examples/pull-request-simple-items':
    '0.requested_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'pullsListRequestedReviewers 200 #/components/examples/simple-pull-request-review-request':
    'teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'pullsRemoveRequestedReviewers 200 #/components/examples/pull-request-simple':
    'requested_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'pullsRequestReviewers 201 #/components/examples/pull-request-review-request':
    'requested_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'pullsUpdate 200 #/components/examples/pull-request':
    'requested_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'reposAddTeamAccessRestrictions 200 #/components/examples/team-items':
    '0.type: Invalid option: expected one of "enterprise"|"organization"',
  'reposCreateForAuthenticatedUser 201 #/components/examples/full-repository':
    'has_discussions: Invalid input: expected boolean, received undefined',
  'reposCreateFork 202 #/components/examples/full-repository':
    'has_discussions: Invalid input: expected boolean, received undefined',
  'reposCreateInOrg 201 #/components/examples/full-repository':
    'has_discussions: Invalid input: expected boolean, received undefined',
  'reposCreateUsingTemplate 201 #/components/examples/full-repository':
    'has_discussions: Invalid input: expected boolean, received undefined',
  'reposGet 200 #/components/examples/full-repository-default-response':
    'language: Invalid input: expected string, received undefined',
  'reposGetAccessRestrictions 200 #/components/examples/branch-restriction-policy':
    'teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'reposGetBranchProtection 200 #/components/examples/branch-protection':
    'required_status_checks.checks: Invalid input: expected array, received undefined',
  'reposGetCodeFrequencyStats 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'reposGetCollaboratorPermissionLevel 200 #/components/examples/repository-collaborator-permission-response-if-user-has-admin-permissions':
    'user.role_name: Invalid input: expected string, received undefined',
  'reposGetCommit 200 #/components/examples/commit':
    'files.0.sha: Invalid input: expected string, received undefined',
  'reposGetCommitActivityStats 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'reposGetContributorsStats 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'reposGetOrgRulesets 200 #/components/examples/org-ruleset-items':
    '0.enforcement: Invalid option: expected one of "disabled"|"active"|"evaluate"',
  'reposGetPagesHealthCheck 202 #/paths/~1repos~1{owner}~1{repo}~1pages~1health/get/responses/202/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'reposGetPullRequestReviewProtection 200 #/components/examples/protected-branch-pull-request-review':
    'dismissal_restrictions.teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'reposGetRepoRulesets 200 #/components/examples/repository-ruleset-items':
    '0.enforcement: Invalid option: expected one of "disabled"|"active"|"evaluate"',
  'reposGetStatusChecksProtection 200 #/components/examples/status-check-policy':
    'checks: Invalid input: expected array, received undefined',
  'reposGetTeamsWithAccessToProtectedBranch 200 #/components/examples/team-items':
    '0.type: Invalid option: expected one of "enterprise"|"organization"',
  'reposListActivities 200 #/components/examples/activity-items':
    '0.timestamp: Invalid input: expected string, received undefined',
  'reposListBranches 200 #/components/examples/short-branch-with-protection-items':
    '0.protection.required_status_checks.checks: Invalid input: expected array, received undefined',
  'reposListCustomDeploymentRuleIntegrations 200 #/components/examples/custom-deployment-protection-rule-apps':
    ': Invalid input: expected object, received array',
  'reposListPullRequestsAssociatedWithCommit 200 #/components/examples/pull-request-simple-items':
    '0.requested_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'reposListTeams 200 #/components/examples/team-items':
    '0.type: Invalid option: expected one of "enterprise"|"organization"',
  'reposMerge 201 #/components/examples/commit':
    'files.0.sha: Invalid input: expected string, received undefined',
  'reposRedeliverWebhookDelivery 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'reposRemoveTeamAccessRestrictions 200 #/components/examples/team-items':
    '0.type: Invalid option: expected one of "enterprise"|"organization"',
  'reposRenameBranch 201 #/components/examples/branch-with-protection':
    'protection.required_status_checks.checks: Invalid input: expected array, received undefined',
  'reposSetTeamAccessRestrictions 200 #/components/examples/team-items':
    '0.type: Invalid option: expected one of "enterprise"|"organization"',
  'reposUpdate 200 #/components/examples/full-repository':
    'has_discussions: Invalid input: expected boolean, received undefined',
  'reposUpdatePullRequestReviewProtection 200 #/components/examples/protected-branch-pull-request-review':
    'dismissal_restrictions.teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'reposUpdateStatusCheckProtection 200 #/components/examples/status-check-policy':
    'checks: Invalid input: expected array, received undefined',
  'searchIssuesAndPullRequests 200 #/components/examples/issue-search-result-item-paginated-lexical-fallback':
    'items.0: Invalid input: expected object, received string',
  'securityAdvisoriesCreateFork 202 #/components/examples/full-repository':
    'has_discussions: Invalid input: expected boolean, received undefined',
  'securityAdvisoriesCreatePrivateVulnerabilityReport 201 #/components/examples/repository-advisory-pvr':
    'identifiers.1.value: Invalid input: expected string, received null',
  'securityAdvisoriesCreateRepositoryAdvisory 201 #/components/examples/repository-advisory':
    'collaborating_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'securityAdvisoriesCreateRepositoryAdvisoryCveRequest 202 #/components/responses/accepted/content/application~1json/examples/default':
    ': Invalid input: expected record, received null',
  'securityAdvisoriesGetRepositoryAdvisory 200 #/components/examples/repository-advisory':
    'collaborating_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'securityAdvisoriesListGlobalAdvisories 200 #/components/examples/global-advisory-items':
    '0.epss.percentile: Invalid input: expected number, received string',
  'securityAdvisoriesListOrgRepositoryAdvisories 200 #/components/examples/list-repository-advisories':
    '0.collaborating_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'securityAdvisoriesListRepositoryAdvisories 200 #/components/examples/list-repository-advisories':
    '0.collaborating_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'securityAdvisoriesUpdateRepositoryAdvisory 200 #/components/examples/repository-advisory':
    'collaborating_teams.0.type: Invalid option: expected one of "enterprise"|"organization"',
  'securityAdvisoriesUpdateRepositoryAdvisory 422 #/paths/~1repos~1{owner}~1{repo}~1security-advisories~1{ghsa_id}/patch/responses/422/content/application~1json/examples/invalid_state_transition':
    'documentation_url: Invalid input: expected string, received undefined',
  'securityAdvisoriesUpdateRepositoryAdvisory 422 #/paths/~1repos~1{owner}~1{repo}~1security-advisories~1{ghsa_id}/patch/responses/422/content/application~1json/examples/update_severity_with_cvss_set':
    'documentation_url: Invalid input: expected string, received undefined',
  'teamsCreate 201 #/components/examples/team-full':
    'organization.archived_at: Invalid input: expected string, received undefined',
  'teamsGetByName 200 #/components/examples/team-full':
    'organization.archived_at: Invalid input: expected string, received undefined',
  'teamsGetLegacy 200 #/components/examples/team-full':
    'organization.archived_at: Invalid input: expected string, received undefined',
  'teamsList 200 #/components/examples/team-items':
    '0.type: Invalid option: expected one of "enterprise"|"organization"',
  'teamsListChildInOrg 200 #/components/examples/team-items-response-if-child-teams-exist':
    '0.type: Invalid option: expected one of "enterprise"|"organization"',
  'teamsListChildLegacy 200 #/components/examples/team-items-response-if-child-teams-exist':
    '0.type: Invalid option: expected one of "enterprise"|"organization"',
  'teamsListForAuthenticatedUser 200 #/components/examples/team-full-items':
    '0.organization.archived_at: Invalid input: expected string, received undefined',
  'teamsUpdateInOrg 200 #/components/examples/team-full':
    'organization.archived_at: Invalid input: expected string, received undefined',
  'teamsUpdateInOrg 201 #/components/examples/team-full':
    'organization.archived_at: Invalid input: expected string, received undefined',
  'teamsUpdateLegacy 200 #/components/examples/team-full':
    'organization.archived_at: Invalid input: expected string, received undefined',
  'teamsUpdateLegacy 201 #/components/examples/team-full':
    'organization.archived_at: Invalid input: expected string, received undefined',
  'usersListAttestations 201 #/paths/~1users~1{username}~1attestations~1{subject_digest}/get/responses/201/content/application~1json/examples/default':
    ': Invalid input: expected object, received null',
  'usersListAttestationsBulk 200 #/components/examples/list-attestations-bulk':
    'attestations_subject_digests: Invalid input: expected record, received array',
}
