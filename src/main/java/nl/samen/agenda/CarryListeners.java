package nl.samen.agenda;

import com.slack.api.bolt.App;
import java.util.Locale;
import java.util.Optional;
import nl.samen.meeting.MeetingLookup;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.Texts;

/** The "move the open items to the next meeting" button under the answer to posting minutes. */
final class CarryListeners implements SlackApp.Listeners {
  private final CarryCommands carry;
  private final MeetingLookup lookup;
  private final People people;

  CarryListeners(CarryCommands carry, MeetingLookup lookup, People people) {
    this.carry = carry;
    this.lookup = lookup;
    this.people = people;
  }

  @Override
  public void register(App app) {
    app.blockAction(CarryViews.ACTION_MOVE_OPEN, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      String value = payload.getActions().get(0).getValue();
      Optional<MeetingLookup.Found> found = lookup.byNumber(ctx.getTeamId(), user, value);
      String outcome = found.map(f -> carry.moveOpen(f, user, locale))
          .orElseGet(() -> ":warning: " + Texts.get(locale, "meeting.error.noSuchMeeting", "#" + value));
      if (ctx.getResponseUrl() != null) {
        // Replacing the answer takes the button away: a second click would find nothing open anyway.
        ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(true).text(outcome));
      }
      return ctx.ack();
    });
  }
}
