-- Automatic reminders (issue 4). A network without rows in reminder_rule uses the default rules
-- (7d channel, 1d dm, nudge 1d), so networks made before this migration need no seeding.

create table reminder_rule (
  team_id text not null,
  network_id bigint not null references network (id) on delete cascade,
  position integer not null,
  rule text not null,        -- canonical form: '7d channel', '1d dm', 'nudge 1d'
  set_by text not null,
  set_at text not null,      -- rounds that fell due before this are not sent (they were never planned)
  primary key (network_id, position),
  unique (network_id, rule)
);

-- When each version (sequence) of a meeting was planned: at creation or at a move. Reminders that
-- were already past at that moment are skipped rather than caught up.
create table reminder_arming (
  team_id text not null,
  meeting_id bigint not null references meeting (id) on delete cascade,
  sequence integer not null,
  armed_at text not null,
  primary key (meeting_id, sequence)
);

-- A rule applied to one version of a meeting, once it has been handled: 'sent' (its messages are
-- claimed and in the outbox) or 'dropped' (it fell due while the app was down and came too late).
create table reminder_round (
  meeting_id bigint not null references meeting (id) on delete cascade,
  sequence integer not null,
  rule text not null,
  team_id text not null,
  network_id bigint not null,
  due_at text not null,
  status text not null check (status in ('sent', 'dropped')),
  recipients integer not null,
  handled_at text not null,
  primary key (meeting_id, sequence, rule)
);

-- One reminder message to one recipient (a channel or a user). The primary key is the claim: a
-- row is inserted, with its outbox message, in one transaction, so no reminder is sent twice.
create table reminder_delivery (
  meeting_id bigint not null references meeting (id) on delete cascade,
  sequence integer not null,
  rule text not null,
  recipient text not null,
  team_id text not null,
  network_id bigint not null,
  due_at text not null,
  outbox_id bigint,
  status text not null default 'queued' check (status in ('queued', 'withdrawn')),
  claimed_at text not null,
  primary key (meeting_id, sequence, rule, recipient)
);
create index reminder_delivery_network on reminder_delivery (network_id, due_at);

-- People who muted their reminder and nudge DMs in a network.
create table reminder_mute (
  team_id text not null,
  network_id bigint not null references network (id) on delete cascade,
  user_id text not null,
  muted_at text not null,
  primary key (network_id, user_id)
);

-- The outbox worker picks the oldest due message per channel.
create index outbox_pending_channel on outbox (status, channel_id, id);
