-- Agendas and network days. Items and workshops are numbered per meeting in the order they were
-- added; a number is never reused, so "remove 3" means the same item to everyone who saw the list.

-- An agenda item; a member's proposal is an item with status 'proposed' until a coordinator
-- accepts it (then it takes the place its number gives it). A removed item stays as 'removed' so
-- that its number is not given to the next item.
create table agenda_item (
  id integer primary key autoincrement,
  team_id text not null,
  meeting_id integer not null references meeting (id) on delete cascade,
  number integer not null,
  title text not null,
  minutes integer check (minutes between 1 and 600),
  part text check (part in ('plenary', 'subgroups')),
  owner_id text,
  status text not null check (status in ('accepted', 'proposed', 'removed')),
  created_by text not null,
  created_at text not null,
  unique (meeting_id, number)
);

-- An agenda a coordinator put in the channel: later changes update that message in place. Kept here
-- (not only in the outbox) so that a change made while the post still waits in the outbox is not lost.
create table agenda_post (
  team_id text not null,
  meeting_id integer primary key references meeting (id) on delete cascade,
  channel_id text not null,
  posted_by text not null,
  posted_at text not null
);

-- A workshop in one round of a network day.
create table workshop (
  id integer primary key autoincrement,
  team_id text not null,
  meeting_id integer not null references meeting (id) on delete cascade,
  number integer not null,
  round integer not null check (round >= 1),
  title text not null,
  capacity integer not null check (capacity >= 1),
  host_id text,
  room text,
  created_by text not null,
  created_at text not null,
  unique (meeting_id, number)
);

-- A member's choice in one round: a seat or a place on the waitlist, one row per member per round.
-- The row id is the waitlist's order (first come, first served): moving deletes and inserts anew.
create table workshop_choice (
  id integer primary key autoincrement,
  team_id text not null,
  meeting_id integer not null references meeting (id) on delete cascade,
  round integer not null,
  workshop_id integer not null references workshop (id) on delete cascade,
  user_id text not null,
  status text not null check (status in ('seated', 'waiting')),
  chosen_by text not null,
  chosen_at text not null,
  unique (meeting_id, round, user_id)
);
create index workshop_choice_workshop on workshop_choice (workshop_id, status, id);
