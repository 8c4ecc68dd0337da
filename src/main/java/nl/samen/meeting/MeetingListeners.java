package nl.samen.meeting;

import com.slack.api.bolt.App;
import java.util.Locale;
import java.util.Map;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.Texts;

/** The submission of the "new meeting" modal. */
public final class MeetingListeners implements SlackApp.Listeners {
  private final MeetingService meetings;
  private final NetworkService networks;
  private final People people;

  public MeetingListeners(MeetingService meetings, NetworkService networks, People people) {
    this.meetings = meetings;
    this.networks = networks;
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
      Network network = networks.networkOfChannel(payload.getTeam().getId(),
          payload.getView().getPrivateMetadata()).orElse(null);
      if (network == null) {
        return ctx.ack(r -> r.responseAction("errors")
            .errors(Map.of("title", Texts.get(locale, "network.error.notANetwork"))));
      }
      MeetingService.Scheduled result = meetings.scheduleMeetings(network, user, submission.draft().get());
      if (result instanceof MeetingService.Scheduled.Done) {
        return ctx.ack(); // the announcement was noticed in the same transaction as the meetings
      }
      String field = result instanceof MeetingService.Scheduled.InPast ? "date" : "title";
      String message = Texts.get(locale, MeetingCommands.refusal(result).messageKey());
      return ctx.ack(r -> r.responseAction("errors").errors(Map.of(field, message)));
    });
  }
}
