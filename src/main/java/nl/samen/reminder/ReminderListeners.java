package nl.samen.reminder;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import nl.samen.slack.SlackApp;

/**
 * Slack tells us when someone joins or leaves a channel: the network's member list is asked of
 * Slack afresh, so that a new member gets the nudges still to come. Idempotent: Slack may repeat
 * an event it thinks failed.
 */
final class ReminderListeners implements SlackApp.Listeners {
  private final ChannelMembers members;

  ReminderListeners(ChannelMembers members) {
    this.members = members;
  }

  @Override
  public void register(App app) {
    app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
      members.changed(payload.getEvent().getChannel());
      return ctx.ack();
    });
    app.event(MemberLeftChannelEvent.class, (payload, ctx) -> {
      members.changed(payload.getEvent().getChannel());
      return ctx.ack();
    });
  }
}
