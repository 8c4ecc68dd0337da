-- One-click evaluation after a meeting (issue 14). The claim that the question went out (once per
-- meeting), with how many were asked (0 when the network had switched evaluations off).
create table evaluation_request (
  team_id text not null,
  meeting_id bigint primary key references meeting (id) on delete cascade,
  network_id bigint not null,
  recipients integer not null,
  asked_at text not null
);

-- The answers, anonymous to everyone: voter is kept only so that a person can change their own
-- answer, never shown, and emptied when the person is forgotten (their remark is deleted then).
create table evaluation_answer (
  team_id text not null,
  meeting_id bigint not null references meeting (id) on delete cascade,
  voter text,
  score integer check (score between 1 and 5),
  remark text,
  answered_at text not null,
  unique (meeting_id, voter)
);

-- A network that switched the evaluation after its meetings off (`reminders evaluation off`).
create table reminder_evaluation_off (
  team_id text not null,
  network_id bigint primary key references network (id) on delete cascade,
  set_at text not null
);
