package nl.samen.agenda;

import java.util.Optional;

/** An item in a network's backlog (no meeting yet), numbered per network; {@code fromMeeting} if it was parked. */
record BacklogItem(int number, String title, Optional<String> owner, String createdBy, Optional<Long> fromMeeting) {}
