-- Several Samen instances on one database (issue 13). An outbox message records who claimed it and
-- when its send began: a claim whose instance died before the send began goes back to the queue;
-- one whose send began is never sent again.
alter table outbox add column claimed_by text;
alter table outbox add column claimed_at text;
alter table outbox add column handed_at text;

-- Slack's pace of about one message a second per channel, shared by the instances: the moment
-- (epoch milliseconds) the channel may get its next message.
create table channel_pace (
  team_id text not null,
  channel_id text not null,
  next_send_at bigint not null,
  primary key (team_id, channel_id)
);

-- Slack events already handled, so that a retry landing on another instance is recognised.
create table seen_event (
  team_id text not null,
  event_id text not null,
  expires_at text not null,
  primary key (team_id, event_id)
);
