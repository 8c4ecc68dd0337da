package nl.samen.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a failure nobody expected ends, once for every listener: the {@code /samen} command, a
 * button, a modal's submission, an event. It becomes one log line and, where Slack allows one, a
 * polite answer in the person's language: the command's reply, an ephemeral message through a
 * button's response_url, a short notice in place of the modal. An event is only logged.
 *
 * <p>The log line names the listener, the exception's class and where in Samen it was thrown, but
 * not its message or stack: a message may quote what someone typed (Jdbi's quote bound values).
 */
final class ErrorBoundary implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(ErrorBoundary.class);

  private final People people;

  ErrorBoundary(People people) {
    this.people = people;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    try {
      return chain.next(req);
    } catch (Exception e) {
      if (req instanceof SlashCommandRequest command) {
        String text = failed("The command " + command.getPayload().getCommand(), e,
            people.localeOf(command.getPayload().getUserId()));
        return command.getContext().ack(r -> r.responseType("ephemeral").text(text));
      }
      if (req instanceof BlockActionRequest action) {
        var payload = action.getPayload();
        String text = failed("The button " + payload.getActions().get(0).getActionId(), e,
            people.localeOf(payload.getUser().getId()));
        tell(action.getContext(), text);
        return action.getContext().ack();
      }
      if (req instanceof ViewSubmissionRequest submission) {
        var payload = submission.getPayload();
        Locale locale = people.localeOf(payload.getUser().getId());
        String text = failed("The form " + payload.getView().getCallbackId(), e, locale);
        return submission.getContext().ack(r -> r.responseAction("update").view(notice(text, locale)));
      }
      if (req instanceof EventRequest event) {
        failed("The event " + event.getEventType(), e, Locale.ENGLISH);
        return event.getContext().ack();
      }
      throw e;
    }
  }

  /**
   * Logs the failure of {@code what} in one line and says what the person is told: that Slack did
   * not answer, or that something went wrong.
   */
  String failed(String what, Exception e, Locale locale) {
    if (e instanceof SlackCallFailed slack) {
      log.warn("{} failed: a Slack call failed: {}", what, slack.getMessage());
      return ":warning: " + Texts.get(locale, "command.error.slack");
    }
    log.error("{} failed unexpectedly: {} at {}", what, e.getClass().getName(), where(e));
    return ":warning: " + Texts.get(locale, "command.error.failed");
  }

  /** Buttons in the App Home come without a response_url: there is nowhere to answer then. */
  private static void tell(ActionContext ctx, String text) {
    if (ctx.getResponseUrl() == null) {
      return;
    }
    try {
      ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
    } catch (Exception e) {
      log.warn("Could not tell about the failure: {}", e.getClass().getName());
    }
  }

  private static View notice(String text, Locale locale) {
    return view(v -> v.type("modal")
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "command.error.title"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "command.error.close"))))
        .blocks(List.of(section(s -> s.text(markdownText(text))))));
  }

  /** The first frame in Samen's own code, else the first frame: where to start looking. */
  private static String where(Throwable e) {
    StackTraceElement[] frames = e.getStackTrace();
    for (StackTraceElement frame : frames) {
      if (frame.getClassName().startsWith("nl.samen.")) {
        return frame.toString();
      }
    }
    return frames.length == 0 ? "an unknown place" : frames[0].toString();
  }
}
