-- Agenda items carry over. A moved item stays in its old meeting as a trace (status 'removed', so its
-- number is not given out again) that says where it went: another meeting's item, or the backlog.
alter table agenda_item add column moved_to_meeting bigint;
alter table agenda_item add column moved_to_number integer;
alter table agenda_item add column moved_to_backlog integer;

-- A network's backlog: items without a meeting, numbered per network. An item planned into a meeting
-- stays as 'planned' (with where it went) so that its number keeps meaning the same item.
create table agenda_backlog (
  team_id text not null,
  network_id bigint not null,
  number integer not null,
  title text not null,
  minutes integer check (minutes between 1 and 600),
  part text check (part in ('plenary', 'subgroups')),
  owner_id text,
  status text not null check (status in ('open', 'planned')),
  from_meeting bigint,
  from_number integer,
  planned_meeting bigint,
  planned_number integer,
  created_by text not null,
  created_at text not null,
  primary key (network_id, number)
);
