-- The annual plan (jaarplan) of a network per school year, its history, its budget, and the secret
-- links to annual reports. Goal and activity numbers are per network and never reused, so that
-- "#7" means one thing whatever the school year. Nothing here is updated in place: progress,
-- status and outcomes are events, the budget is a list of lines; the current state is derived.

create table plan_goal (
  id integer primary key autoincrement,
  team_id text not null,
  network_id integer not null references network (id) on delete cascade,
  number integer not null,
  school_year text not null, -- e.g. 2026-2027
  title text not null,
  created_by text not null,
  created_at text not null,
  unique (network_id, number)
);
create index plan_goal_year on plan_goal (network_id, school_year);

create table plan_activity (
  id integer primary key autoincrement,
  team_id text not null,
  network_id integer not null references network (id) on delete cascade,
  goal_id integer not null references plan_goal (id) on delete cascade,
  number integer not null,
  title text not null,
  due_date text,
  meeting_id integer references meeting (id) on delete set null,
  owner text,
  created_by text not null,
  created_at text not null,
  unique (network_id, number)
);
create index plan_activity_goal on plan_activity (goal_id);

-- Every change to an activity, in order: progress (percent, note), done, dropped (note), outcome.
create table plan_event (
  id integer primary key autoincrement,
  team_id text not null,
  activity_id integer not null references plan_activity (id) on delete cascade,
  kind text not null check (kind in ('progress', 'done', 'dropped', 'outcome')),
  percent integer check (percent between 0 and 100),
  note text,
  actor text not null,
  at text not null
);
create index plan_event_activity on plan_event (activity_id, id);

-- The budget as lines: the latest 'set' is the budget, the 'spend' lines add up to what was spent.
-- Amounts are whole euro cents: never floating point.
create table plan_budget_line (
  id integer primary key autoincrement,
  team_id text not null,
  network_id integer not null references network (id) on delete cascade,
  school_year text not null,
  kind text not null check (kind in ('set', 'spend')),
  amount_cents integer not null check (amount_cents >= 0),
  description text,
  actor text not null,
  at text not null
);
create index plan_budget_year on plan_budget_line (network_id, school_year, id);

-- A rendered annual report behind a secret link. Only the SHA-256 of the token is kept, so a copy
-- of the database does not open the pages. `people` lists the user ids the page names, space-
-- separated with a space at both ends, so that forgetting a person can withdraw the pages.
create table report_link (
  id integer primary key autoincrement,
  team_id text not null,
  network_id integer not null references network (id) on delete cascade,
  school_year text not null,
  token_hash text not null unique,
  html text not null,
  people text not null,
  created_by text not null,
  created_at text not null,
  expires_at text not null
);
