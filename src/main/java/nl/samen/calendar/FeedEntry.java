package nl.samen.calendar;

import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.rsvp.Rsvp;

/** One meeting in a person's calendar feed, with their answer and the agenda if there is one. */
record FeedEntry(Network network, Meeting meeting, Optional<Rsvp> answer, Optional<String> agenda) {}
