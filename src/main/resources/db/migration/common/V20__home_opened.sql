-- Who opened their App Home, and when last (issue 13): any instance that handles a change refreshes
-- the homes of the people it concerns, whichever instance they opened their home through.
create table home_opened (
  team_id text not null,
  user_id text not null,
  opened_at text not null,
  primary key (team_id, user_id)
);
