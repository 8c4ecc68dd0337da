-- When answers to a meeting close (issue 11). A meeting planned or moved after its default deadline
-- takes answers until it starts, so the moment of its last scheduling or move is kept; a
-- coordinator may set the meeting's own deadline (an instant; empty means the rule decides).
alter table meeting add column scheduled_at text;
alter table meeting add column rsvp_deadline text;

-- A scheduled meeting's updated_at is its creation or its last move.
update meeting set scheduled_at = case when sequence = 0 then created_at else updated_at end;
