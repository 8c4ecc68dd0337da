package nl.samen.agenda;

import java.util.Optional;

/**
 * The trace a moved item leaves in its old meeting: its number and title, and where it went, as item
 * {@code toNumber} of meeting {@code toMeeting} or as number {@code toBacklog} of the network's backlog.
 */
record MovedItem(int number, String title, Optional<Long> toMeeting, int toNumber, Optional<Integer> toBacklog) {}
