-- Ranked workshop choices per round (issue 15): the rounds that rank ('1,3'; null: every round,
-- first come first served in none), and the claim of the one nudge before the close (null: not yet).
alter table workshop_ranking add column rounds text;
alter table workshop_ranking add column nudged_at text;
