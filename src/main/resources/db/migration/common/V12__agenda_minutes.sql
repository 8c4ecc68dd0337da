-- Minutes of a meeting, per agenda item: notes and decisions, in the order they were written.
-- An entry is numbered per item (seq); written_by is replaced by a placeholder when its author is
-- forgotten, the text stays the network's.
create table agenda_minute (
  team_id text not null,
  meeting_id bigint not null references meeting (id) on delete cascade,
  item_number integer not null,
  seq integer not null,
  kind text not null check (kind in ('note', 'decision')),
  text text not null,
  written_by text not null,
  written_at text not null,
  primary key (meeting_id, item_number, seq)
);

-- Minutes a coordinator put in the channel: later entries update that message in place.
create table agenda_minutes_post (
  team_id text not null,
  meeting_id bigint primary key references meeting (id) on delete cascade,
  channel_id text not null,
  posted_by text not null,
  posted_at text not null
);

-- An action item agreed on under an agenda item: numbered per network, so that "action 3 done"
-- means the same to everyone. Its owner gets one DM before the due date. The action stays when its owner is forgotten (owner_id is replaced).
create table agenda_action (
  team_id text not null,
  network_id bigint not null,
  number integer not null,
  meeting_id bigint not null references meeting (id) on delete cascade,
  item_number integer not null,
  what text not null,
  owner_id text not null,
  due_on text not null,
  status text not null check (status in ('open', 'done')),
  done_note text,
  done_by text,
  done_at text,
  reminded_at text, -- the claim: the owner's reminder DM was queued (once)
  created_by text not null,
  created_at text not null,
  primary key (network_id, number)
);
