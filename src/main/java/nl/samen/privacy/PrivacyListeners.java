package nl.samen.privacy;

import com.slack.api.bolt.App;
import java.util.Locale;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;

/** The "forget me" button of the confirmation step: forgets the person who clicks it, nobody else. */
final class PrivacyListeners implements SlackApp.Listeners {
  private final PrivacyService privacy;
  private final People people;

  PrivacyListeners(PrivacyService privacy, People people) {
    this.privacy = privacy;
    this.people = people;
  }

  @Override
  public void register(App app) {
    app.blockAction(PrivacyViews.ACTION_FORGET, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      String outcome = PrivacyViews.outcome(privacy.forget(ctx.getTeamId(), user), locale);
      if (ctx.getResponseUrl() != null) {
        ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(true).text(outcome));
      }
      return ctx.ack();
    });
  }
}
