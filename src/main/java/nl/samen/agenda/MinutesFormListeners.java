package nl.samen.agenda;

import com.slack.api.bolt.App;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.meeting.MeetingFormButton;
import nl.samen.meeting.MeetingLookup;
import nl.samen.slack.People;
import nl.samen.slack.Refusal;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;

/**
 * The "Notuleren" button under a posted agenda (everyone sees it; who may not write minutes is told so
 * politely) and the form's submission.
 */
final class MinutesFormListeners implements SlackApp.Listeners {
  private final MinutesForm form;
  private final MeetingLookup lookup;
  private final People people;
  private final SlackGateway slack;

  MinutesFormListeners(MinutesForm form, MeetingLookup lookup, People people, SlackGateway slack) {
    this.form = form;
    this.lookup = lookup;
    this.people = people;
    this.slack = slack;
  }

  @Override
  public void register(App app) {
    MeetingFormButton.register(app, MinutesModal.ACTION_OPEN, lookup, people, slack,
        (found, user, locale) -> form.cannotOpen(found, user).map(refusal -> ":warning: " + refusal.text(locale)),
        (found, user, locale) -> MinutesModal.view(found.meeting(), form.items(found, user), locale));

    app.viewSubmission(MinutesModal.CALLBACK_ID, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      String meetingId = payload.getView().getPrivateMetadata();
      Optional<MeetingLookup.Found> found = lookup.byNumber(ctx.getTeamId(), user, meetingId);
      if (found.isEmpty()) {
        String text = Refusal.of("meeting.error.noSuchMeeting", "#" + meetingId).plainText(locale);
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of("item", text)));
      }
      MinutesModal.Read read = MinutesModal.read(payload.getView().getState(), locale);
      MinutesForm.Outcome outcome = read.entry().isEmpty() ? new MinutesForm.Outcome(Optional.empty(), read.errors())
          : form.record(found.get(), user, read.entry().get(), locale);
      if (outcome.done().isEmpty()) {
        return ctx.ack(r -> r.responseAction("errors").errors(outcome.errors()));
      }
      return ctx.ack(r -> r.responseAction("update").view(MinutesModal.done(outcome.done().get(), locale)));
    });
  }
}
