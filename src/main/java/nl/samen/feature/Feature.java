package nl.samen.feature;

import java.util.List;
import java.util.Map;
import nl.samen.slack.SlackApp;
import nl.samen.slack.Subcommand;
import nl.samen.web.WebServer;

/**
 * A feature of Samen as the composition root sees it: the subcommands, Slack listeners and web
 * routes it adds, what it needs started after the app is up, and its own health checks.
 */
public interface Feature {
  default List<Subcommand> subcommands() {
    return List.of();
  }

  default List<SlackApp.Listeners> listeners() {
    return List.of();
  }

  default List<WebServer.Route> routes() {
    return List.of();
  }

  /** Called once everything is wired and the web server is up, e.g. to rebuild schedules. */
  default void start() {}

  /** Nothing in hand on timers of its own (see {@link nl.samen.Application#idle()}). */
  default boolean idle() {
    return true;
  }

  default Map<String, Boolean> health() {
    return Map.of();
  }

  default void stop() {}
}
