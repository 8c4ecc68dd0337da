-- Members' corner: each person's secret calendar feed link. The token is the only key of the feed,
-- so it is unique; a reset replaces it (the row is per person per workspace).
create table calendar_token (
  team_id text not null,
  user_id text not null,
  token text not null unique,
  created_at text not null,
  primary key (team_id, user_id)
);

-- Looking up the people of a school (focus themes) and a person's themes (privacy).
create index member_school_school on member_school (team_id, school);
create index focus_theme_added_by on focus_theme (team_id, added_by);
