package nl.samen.agenda;

import com.slack.api.bolt.App;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import nl.samen.network.Network;
import nl.samen.slack.Escape;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.Texts;

/**
 * The done button of an owner's reminder DM. It closes the action for whoever clicks only if they may
 * (its owner or a coordinator of its network): to anyone else the action is unknown.
 */
final class ActionListeners implements SlackApp.Listeners {
  private final ActionService actions;
  private final People people;
  private final Consumer<Network> closed;

  /** @param closed told of the network whose action was closed (its next agenda lists open ones) */
  ActionListeners(ActionService actions, People people, Consumer<Network> closed) {
    this.actions = actions;
    this.people = people;
    this.closed = closed;
  }

  @Override
  public void register(App app) {
    app.blockAction(ActionReminders.ACTION_DONE, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      String value = payload.getActions().get(0).getValue();
      String outcome = outcome(user, value == null ? "" : value, locale);
      if (ctx.getResponseUrl() != null) {
        ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(true).text(outcome));
      }
      return ctx.ack();
    });
  }

  private String outcome(String user, String value, Locale locale) {
    String[] parts = value.split(":");
    if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,9}")) {
      return Texts.get(locale, "agenda.action.error.noSuchAction", "?");
    }
    int number = Integer.parseInt(parts[1]);
    Optional<ActionService.Result> result = actions.network(Long.parseLong(parts[0]))
        .map(network -> actions.close(network, user, number, Optional.empty()));
    if (result.orElse(null) instanceof ActionService.Result.Closed done) {
      actions.network(Long.parseLong(parts[0])).ifPresent(closed);
      return Texts.get(locale, "agenda.action.reply.done", number, Escape.mrkdwn(done.action().what()));
    }
    if (result.orElse(null) instanceof ActionService.Result.AlreadyDone) {
      return Texts.get(locale, "agenda.action.error.alreadyDone", number);
    }
    return Texts.get(locale, "agenda.action.error.noSuchAction", number); // not theirs: as if unknown
  }
}
