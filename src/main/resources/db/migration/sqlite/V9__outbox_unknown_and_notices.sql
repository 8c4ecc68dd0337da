-- A message whose fate is unknown (Slack may have received it: a timeout after sending, a 5xx, a
-- crash while sending) is 'unknown': never sent again, shown to coordinators. SQLite cannot change a
-- check constraint, so the table is rebuilt. network_id says whose coordinators see a direct message
-- that failed or may not have arrived.
create table outbox_new (
  id integer primary key autoincrement,
  team_id text not null,
  channel_id text not null,
  method text not null check (method in ('post', 'update')),
  ref text,
  text text not null,
  blocks text,
  status text not null default 'pending'
    check (status in ('pending', 'sending', 'sent', 'failed', 'unknown')),
  attempts integer not null default 0,
  not_before text not null,
  last_error text,
  created_at text not null,
  sent_at text,
  network_id integer
);
insert into outbox_new (id, team_id, channel_id, method, ref, text, blocks, status, attempts,
                        not_before, last_error, created_at, sent_at)
select id, team_id, channel_id, method, ref, text, blocks, status, attempts, not_before, last_error,
       created_at, sent_at
from outbox;
drop table outbox;
alter table outbox_new rename to outbox;
create index outbox_pending on outbox (status, not_before);
create index outbox_pending_channel on outbox (status, channel_id, id);
create index outbox_network on outbox (network_id, status);

-- A change that must reach people (a meeting moved, a seat came free), written in the same
-- transaction as the change. The outbox worker expands it into one message per person, in their
-- language, in one transaction that also marks it done: a crash before loses nothing, after
-- repeats nothing.
create table outbox_notice (
  id integer primary key autoincrement,
  team_id text not null,
  network_id integer,
  kind text not null,
  payload text not null,
  status text not null default 'pending' check (status in ('pending', 'done', 'failed')),
  attempts integer not null default 0,
  not_before text not null,
  last_error text,
  created_at text not null,
  done_at text
);
create index outbox_notice_pending on outbox_notice (status, not_before);
