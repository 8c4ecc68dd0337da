package nl.samen.rsvp;

import nl.samen.meeting.Meeting;

/** Told after an answer is recorded, e.g. to free workshop seats or refresh a home view. */
public interface RsvpListener {
  void answerRecorded(Meeting meeting, Rsvp rsvp);
}
