-- Foundation: networks, their coordinators and members' schools, meetings, answers, attendance,
-- and the outbox of Slack messages still to deliver. Every row carries the Slack team id.

create table network (
  id integer primary key autoincrement,
  team_id text not null,
  channel_id text not null,
  name text not null,
  required integer not null default 0,
  time_zone text not null,
  rsvp_deadline_hours integer not null default 48,
  created_by text not null,
  created_at text not null,
  unique (team_id, channel_id)
);

create table coordinator (
  team_id text not null,
  network_id integer not null references network (id) on delete cascade,
  user_id text not null,
  added_by text not null,
  added_at text not null,
  primary key (network_id, user_id)
);

-- A person's school is one fact per workspace, shared by all their networks.
create table member_school (
  team_id text not null,
  user_id text not null,
  school text not null,
  updated_at text not null,
  primary key (team_id, user_id)
);

create table meeting (
  id integer primary key autoincrement,
  team_id text not null,
  network_id integer not null references network (id) on delete cascade,
  title text not null,
  kind text not null check (kind in ('meeting', 'networkday')),
  local_date text not null,
  start_time text not null,
  end_time text,
  time_zone text not null,
  starts_at text not null, -- derived instant, for ordering and "upcoming"
  place text,
  status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
  cancel_reason text,
  series_id text,
  sequence integer not null default 0,
  created_by text not null,
  created_at text not null,
  updated_at text not null
);
create index meeting_network_start on meeting (network_id, starts_at);

create table rsvp (
  team_id text not null,
  meeting_id integer not null references meeting (id) on delete cascade,
  user_id text not null,
  answer text not null check (answer in ('yes', 'no', 'maybe')),
  reason text,
  answered_by text not null,
  answered_at text not null,
  primary key (meeting_id, user_id)
);

create table attendance (
  team_id text not null,
  meeting_id integer not null references meeting (id) on delete cascade,
  user_id text not null,
  present integer not null,
  recorded_by text not null,
  recorded_at text not null,
  primary key (meeting_id, user_id)
);

-- Messages the bot posted that later changes update in place (chat.update).
create table posted_message (
  team_id text not null,
  ref text not null,
  channel_id text not null,
  ts text not null,
  primary key (team_id, ref)
);

-- Outgoing Slack messages, stored before they are sent so that a failure or a restart loses none.
create table outbox (
  id integer primary key autoincrement,
  team_id text not null,
  channel_id text not null,
  method text not null check (method in ('post', 'update')),
  ref text,
  text text not null,
  blocks text,
  status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  attempts integer not null default 0,
  not_before text not null,
  last_error text,
  created_at text not null,
  sent_at text
);
create index outbox_pending on outbox (status, not_before);

-- A school's focus themes (speerpunten) in a school year; theme_key is the normalised form that
-- makes "Rekenen", "rekenen " and "reken-onderwijs" land together.
create table focus_theme (
  id integer primary key autoincrement,
  team_id text not null,
  school text not null,
  school_year text not null,
  theme text not null,
  theme_key text not null,
  added_by text not null,
  added_at text not null,
  unique (team_id, school_year, school, theme_key)
);
