package nl.samen.home;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.samen.slack.SlackApp;

/**
 * Slack events the App Home listens to: the home tab opened, and people joining or leaving a channel
 * (which changes their networks). Slack retries a delivery it thinks failed; a delivery seen before
 * (same event id) is acknowledged and ignored.
 */
final class HomeListeners implements SlackApp.Listeners {
  private static final int REMEMBERED_EVENTS = 1000;

  private final HomePublisher publisher;
  private final MyNetworks myNetworks;
  private final Set<String> recentEvents = Collections.newSetFromMap(Collections.synchronizedMap(
      new LinkedHashMap<String, Boolean>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > REMEMBERED_EVENTS;
        }
      }));

  HomeListeners(HomePublisher publisher, MyNetworks myNetworks) {
    this.publisher = publisher;
    this.myNetworks = myNetworks;
  }

  @Override
  public void register(App app) {
    app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
      AppHomeOpenedEvent event = payload.getEvent();
      // The event also fires for the Messages tab, which has no view to publish.
      if (firstTime(payload.getEventId()) && !"messages".equals(event.getTab())) {
        publisher.opened(payload.getTeamId(), event.getUser());
      }
      return ctx.ack();
    });
    app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
      channelChanged(payload.getEventId(), payload.getTeamId(), payload.getEvent().getChannel(),
          payload.getEvent().getUser());
      return ctx.ack();
    });
    app.event(MemberLeftChannelEvent.class, (payload, ctx) -> {
      channelChanged(payload.getEventId(), payload.getTeamId(), payload.getEvent().getChannel(),
          payload.getEvent().getUser());
      return ctx.ack();
    });
  }

  private void channelChanged(String eventId, String teamId, String channelId, String userId) {
    if (firstTime(eventId)) {
      myNetworks.channelChanged(channelId);
      publisher.changed(teamId, userId);
    }
  }

  /** Events without an id (none in practice) are always handled. */
  private boolean firstTime(String eventId) {
    return eventId == null || recentEvents.add(eventId);
  }
}
