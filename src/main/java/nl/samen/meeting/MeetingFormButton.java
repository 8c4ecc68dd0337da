package nl.samen.meeting;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import java.util.Locale;
import java.util.Optional;
import nl.samen.slack.People;
import nl.samen.slack.Refusal;
import nl.samen.slack.SlackGateway;

/**
 * A button whose value is a meeting's number and that opens a form on it (the workshop picker, the
 * ranking form, the Notuleren form). The meeting is looked up inside the caller's own networks first
 * (the walls), then the form's own check; a refusal is answered ephemerally where Slack gives a
 * response_url (a button in the App Home comes without one: there is nowhere to answer then).
 */
public final class MeetingFormButton {
  private MeetingFormButton() {}

  /** Why this user cannot open the form on this meeting, as a text for them; empty if they can. */
  @FunctionalInterface
  public interface Check {
    Optional<String> problem(MeetingLookup.Found found, String user, Locale locale);
  }

  /** The form itself. */
  @FunctionalInterface
  public interface Form {
    View view(MeetingLookup.Found found, String user, Locale locale);
  }

  public static void register(App app, String actionId, MeetingLookup lookup, People people, SlackGateway slack,
      Check check, Form form) {
    app.blockAction(actionId, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      String value = payload.getActions().get(0).getValue();
      Optional<MeetingLookup.Found> found = lookup.byNumber(ctx.getTeamId(), user, value);
      Optional<String> problem = found.isEmpty()
          ? Optional.of(":warning: " + Refusal.of("meeting.error.noSuchMeeting", "#" + value).text(locale))
          : check.problem(found.get(), user, locale);
      if (problem.isEmpty()) {
        slack.forTeam(ctx.getTeamId()).openView(payload.getTriggerId(), form.view(found.get(), user, locale));
      } else if (ctx.getResponseUrl() != null) {
        String text = problem.get();
        ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
      }
      return ctx.ack();
    });
  }
}
