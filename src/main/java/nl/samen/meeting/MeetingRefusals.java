package nl.samen.meeting;

import java.util.Locale;
import nl.samen.slack.Refusal;

/**
 * What a refused scheduling or change of a meeting tells the coordinator: the one rendering step
 * from the service's result to a {@link Refusal}, shared by the commands and the meeting form.
 */
final class MeetingRefusals {
  private MeetingRefusals() {}

  static Refusal of(MeetingService.Scheduled result, Locale locale) {
    if (result instanceof MeetingService.Refused refused) {
      return of(refused, locale);
    }
    if (result instanceof MeetingService.Scheduled.SeriesEndsBeforeStart) {
      return Refusal.of("meeting.error.seriesEndsBeforeStart");
    }
    return Refusal.of("meeting.error.seriesTooLong", MeetingService.MAX_SERIES);
  }

  static Refusal of(MeetingService.Changed result, Locale locale) {
    if (result instanceof MeetingService.Changed.AlreadyCancelled c) {
      return Refusal.of("meeting.error.alreadyCancelled", "#" + c.meeting().id());
    }
    if (result instanceof MeetingService.Changed.AlreadyStarted s) {
      return Refusal.of("meeting.error.alreadyStarted", "#" + s.meeting().id());
    }
    return result instanceof MeetingService.Refused refused ? of(refused, locale) : Refusal.of("meeting.error.inPast");
  }

  private static Refusal of(MeetingService.Refused result, Locale locale) {
    if (result instanceof MeetingService.Refused.NoSuchTime missing) {
      return TimeNotes.missing(missing.time(), locale);
    }
    if (result instanceof MeetingService.Refused.DeadlineAfterStart after) {
      return Refusal.of("meeting.error.deadlineAfterStart", MeetingViews.when(after.meeting(), locale));
    }
    if (result instanceof MeetingService.Refused.DeadlineInPast) {
      return Refusal.of("meeting.error.deadlineInPast");
    }
    if (result instanceof MeetingService.Refused.NotCoordinator) {
      return Refusal.of("network.error.coordinatorsOnly");
    }
    return Refusal.of("meeting.error.inPast");
  }
}
