-- Workspaces that installed Samen through Slack's OAuth flow (install mode). team_id is the
-- installing workspace (an org-wide install: its enterprise id). bot_token is encrypted with
-- SAMEN_TOKEN_KEY (AES-GCM): the database alone never gives away a token.
create table installation (
  team_id text primary key,
  enterprise_id text,
  bot_user_id text not null,
  bot_token text not null,
  scopes text not null,
  installed_by text,
  installed_at text not null
);

-- The state of an OAuth flow that is under way: used once, until it expires. Which workspace it
-- is for is not known until Slack answers, so its team_id stays empty.
create table oauth_state (
  team_id text not null default '',
  state text primary key,
  expires_at text not null
);
