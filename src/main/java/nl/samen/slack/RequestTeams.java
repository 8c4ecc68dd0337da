package nl.samen.slack;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import java.util.Optional;

/** What a request says about where it happened, beyond the team Bolt reads from it. */
final class RequestTeams {
  private RequestTeams() {}

  /**
   * The workspace whose installation opened the view a button or submission is in: in a shared
   * channel the clicking person's own workspace can be another one.
   */
  static Optional<String> viewTeam(Request<?> req) {
    if (req instanceof BlockActionRequest action && action.getPayload().getView() != null) {
      return Optional.ofNullable(action.getPayload().getView().getAppInstalledTeamId());
    }
    if (req instanceof ViewSubmissionRequest submission && submission.getPayload().getView() != null) {
      return Optional.ofNullable(submission.getPayload().getView().getAppInstalledTeamId());
    }
    return Optional.empty();
  }

  /** The channel it happened in, if any: a command's, a message button's, an event's. */
  static Optional<String> channel(Request<?> req) {
    if (req instanceof SlashCommandRequest command) {
      return Optional.ofNullable(command.getPayload().getChannelId());
    }
    if (req instanceof BlockActionRequest action) {
      var payload = action.getPayload();
      if (payload.getChannel() != null) {
        return Optional.ofNullable(payload.getChannel().getId());
      }
      return payload.getContainer() == null ? Optional.empty() : Optional.ofNullable(payload.getContainer().getChannelId());
    }
    if (req instanceof EventRequest event) {
      return Optional.ofNullable(event.getContext().getChannelId());
    }
    return Optional.empty();
  }
}
