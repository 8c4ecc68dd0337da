package nl.samen.meeting;

import com.slack.api.bolt.App;
import java.util.Locale;
import java.util.Map;
import nl.samen.network.Network;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.Texts;

/** The submission of the "new meeting" modal. */
final class MeetingListeners implements SlackApp.Listeners {
  private final MeetingService meetings;
  private final MeetingLookup lookup;
  private final People people;

  public MeetingListeners(MeetingService meetings, MeetingLookup lookup, People people) {
    this.meetings = meetings;
    this.lookup = lookup;
    this.people = people;
  }

  @Override
  public void register(App app) {
    app.viewSubmission(MeetingModal.CALLBACK_ID, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      MeetingModal.Submission submission = MeetingModal.read(payload.getView().getState(), locale);
      if (submission.draft().isEmpty()) {
        return ctx.ack(r -> r.responseAction("errors").errors(submission.errors()));
      }
      // The form names its channel; someone outside that network is told it is no network.
      Network network = lookup.networkOfChannel(ctx.getTeamId(), user,
          payload.getView().getPrivateMetadata()).orElse(null);
      if (network == null) {
        return ctx.ack(r -> r.responseAction("errors")
            .errors(Map.of("title", Texts.get(locale, "network.error.notANetwork"))));
      }
      MeetingService.Scheduled result = meetings.scheduleMeetings(network, user, submission.draft().get());
      if (result instanceof MeetingService.Scheduled.Done done) {
        // the announcement was noticed in the same transaction as the meetings
        if (!done.twice().isEmpty()) { // say which occurrence was taken, instead of closing silently
          return ctx.ack(r -> r.responseAction("update")
              .view(MeetingModal.notice(TimeNotes.twice(done.twice(), locale).strip(), locale)));
        }
        return ctx.ack();
      }
      String field = MeetingModal.fieldOf(result);
      String message = MeetingRefusals.of(result, locale).plainText(locale);
      return ctx.ack(r -> r.responseAction("errors").errors(Map.of(field, message)));
    });
  }
}
