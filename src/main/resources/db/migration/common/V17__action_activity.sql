-- An action item may be tied to an activity of the network's plan (its number, per network as the
-- plan numbers them): closing the action is then recorded in that activity's history.
alter table agenda_action add column activity_number integer;
