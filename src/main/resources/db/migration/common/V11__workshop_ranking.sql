-- Ranked workshop choices (issue 15): a network day whose rounds are chosen by ranking, open until
-- closes_at (an instant as text), and each member's ranking: up to three workshops per round.
create table workshop_ranking (
  team_id text not null,
  meeting_id integer not null primary key references meeting (id) on delete cascade,
  closes_at text not null,
  opened_by text not null,
  opened_at text not null
);

create table workshop_rank (
  team_id text not null,
  meeting_id integer not null references meeting (id) on delete cascade,
  user_id text not null,
  round integer not null,
  position integer not null check (position between 1 and 3),
  workshop_id integer not null references workshop (id) on delete cascade,
  ranked_at text not null,
  primary key (meeting_id, user_id, round, position)
);

-- The claim that a network day's ranking was assigned (once only), its lottery seed and the
-- distribution of ranks that coordinators see.
create table workshop_assignment (
  team_id text not null,
  meeting_id integer not null primary key references meeting (id) on delete cascade,
  seed bigint not null,
  first_choice integer not null,
  second_choice integer not null,
  third_choice integer not null,
  outside_choices integer not null,
  not_ranked integer not null,
  unplaced integer not null,
  assigned_by text not null,
  assigned_at text not null
);
