package nl.samen.workshop;

import java.util.Locale;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingViews;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Refusal;
import nl.samen.slack.Texts;

/** What the person who chose or dropped a workshop reads, by command or in the modal. */
final class WorkshopOutcomes {
  private WorkshopOutcomes() {}

  /** The refusal an outcome stands for, if it is one. */
  public static Optional<Refusal> refusal(WorkshopService.Outcome outcome, Meeting meeting, Locale locale) {
    if (outcome instanceof WorkshopService.Outcome.NoSuchWorkshop none) {
      return Optional.of(Refusal.of("workshop.error.noSuchWorkshop", none.number(), meeting.id()));
    }
    if (outcome instanceof WorkshopService.Outcome.Closed closed) {
      return Optional.of(Refusal.of("workshop.error.closed",
          Formats.instant(closed.deadline(), meeting.zone(), locale)));
    }
    if (outcome instanceof WorkshopService.Outcome.NotANetworkDay) {
      return Optional.of(Refusal.of("workshop.error.notANetworkDay", meeting.id()));
    }
    if (outcome instanceof WorkshopService.Outcome.MeetingCancelled) {
      return Optional.of(Refusal.of("workshop.error.cancelled", meeting.id()));
    }
    if (outcome instanceof WorkshopService.Outcome.RankedRound ranked) {
      return Optional.of(Refusal.of("workshop.error.rankedRound", ranked.round(), meeting.id()));
    }
    if (outcome instanceof WorkshopService.Outcome.NotAllowed) {
      return Optional.of(Refusal.of("workshop.error.othersOnlyByCoordinator"));
    }
    return Optional.empty();
  }

  /** The text of an outcome that is not a refusal, about {@code subject} as chosen by {@code actor}. */
  public static String text(WorkshopService.Outcome outcome, Meeting meeting, String actor, String subject,
      Locale locale) {
    String suffix = actor.equals(subject) ? "" : ".other";
    if (outcome instanceof WorkshopService.Outcome.Seated seated) {
      return said(locale, "workshop.outcome.seated" + suffix, seated.workshop(), subject, 0)
          + seated.left().map(l -> "\n" + said(locale, "workshop.outcome.left", l, subject, 0)).orElse("")
          + attending(seated.nowAttending(), meeting, locale);
    }
    if (outcome instanceof WorkshopService.Outcome.Waitlisted waiting) {
      return said(locale, "workshop.outcome.waitlisted" + suffix, waiting.workshop(), subject, waiting.position())
          + waiting.left().map(l -> "\n" + said(locale, "workshop.outcome.left", l, subject, 0)).orElse("")
          + attending(waiting.nowAttending(), meeting, locale);
    }
    if (outcome instanceof WorkshopService.Outcome.Unchanged same) {
      return said(locale, (same.position() == 0 ? "workshop.outcome.alreadySeated" : "workshop.outcome.alreadyWaiting")
          + suffix, same.workshop(), subject, same.position());
    }
    if (outcome instanceof WorkshopService.Outcome.Dropped dropped) {
      return said(locale, "workshop.outcome.dropped" + suffix, dropped.workshop(), subject, 0);
    }
    if (outcome instanceof WorkshopService.Outcome.NotChosen notChosen) {
      return ":warning: " + said(locale, "workshop.outcome.notChosen" + suffix, notChosen.workshop(), subject, 0);
    }
    return ":warning: " + refusal(outcome, meeting, locale)
        .map(r -> r.plainText(locale)).orElse("");
  }

  /** The direct message to someone who moved up from the waitlist. */
  public static String seatGiven(Meeting meeting, Workshop workshop, Locale locale) {
    return Texts.get(locale, "workshop.dm.seatGiven", name(workshop), workshop.round(), meeting.id(),
        Escape.mrkdwn(meeting.title()), MeetingViews.when(meeting, locale),
        workshop.number());
  }

  /** "2. Title", escaped for mrkdwn. */
  static String name(Workshop workshop) {
    return workshop.number() + ". " + Escape.mrkdwn(workshop.title());
  }

  private static String said(Locale locale, String key, Workshop workshop, String subject, int position) {
    return Texts.get(locale, key, name(workshop), workshop.round(), subject, position);
  }

  private static String attending(boolean nowAttending, Meeting meeting, Locale locale) {
    return nowAttending ? "\n" + Texts.get(locale, "workshop.outcome.attending", meeting.id()) : "";
  }
}
