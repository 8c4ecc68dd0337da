package nl.samen.home;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import nl.samen.slack.RecentEvents;
import nl.samen.slack.SlackApp;

/**
 * The Slack event the App Home listens to: the home tab opened. Slack retries a delivery it thinks
 * failed; a delivery seen before (same event id) is acknowledged and ignored.
 */
final class HomeListeners implements SlackApp.Listeners {
  private final HomePublisher publisher;
  private final RecentEvents recent;

  HomeListeners(HomePublisher publisher, RecentEvents recent) {
    this.publisher = publisher;
    this.recent = recent;
  }

  @Override
  public void register(App app) {
    app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
      AppHomeOpenedEvent event = payload.getEvent();
      // The event also fires for the Messages tab, which has no view to publish.
      if (recent.firstTime(ctx.getTeamId(), payload.getEventId()) && !"messages".equals(event.getTab())) {
        publisher.opened(ctx.getTeamId(), event.getUser());
      }
      return ctx.ack();
    });
  }
}
