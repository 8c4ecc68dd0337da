package nl.samen.rsvp;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingAnswers;

/** The answers as meetings show them: in {@code meeting <id>}, the meeting list and notices. */
final class RsvpAnswers implements MeetingAnswers {
  private final RsvpService rsvps;

  RsvpAnswers(RsvpService rsvps) {
    this.rsvps = rsvps;
  }

  @Override
  public Optional<String> answerWord(Meeting meeting, String userId, Locale locale) {
    return rsvps.answerOf(meeting, userId).map(r -> RsvpViews.answerWord(r.answer(), locale));
  }

  @Override
  public List<LayoutBlock> answers(Meeting meeting, String viewer, boolean coordinator, Locale locale) {
    return RsvpViews.answers(rsvps.answers(meeting), viewer, coordinator, Optional.empty(), locale);
  }

  @Override
  public List<String> interestedPeople(Meeting meeting) {
    return rsvps.interestedPeople(meeting);
  }
}
