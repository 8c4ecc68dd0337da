package nl.samen.rsvp;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.samen.meeting.MeetingLookup;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Texts;
import nl.samen.slack.command.TextLimits;

/**
 * The Yes / No / Maybe buttons on every announcement, agenda and reminder, and the small modal that
 * asks for a reason when "no" needs one in a required network.
 */
final class RsvpListeners implements SlackApp.Listeners {
  private static final Pattern BUTTONS = Pattern.compile("^rsvp_(yes|no|maybe)$");

  private final RsvpService rsvps;
  private final MeetingLookup lookup;
  private final People people;
  private final SlackGateway slack;

  public RsvpListeners(RsvpService rsvps, MeetingLookup lookup, People people, SlackGateway slack) {
    this.rsvps = rsvps;
    this.lookup = lookup;
    this.people = people;
    this.slack = slack;
  }

  @Override
  public void register(App app) {
    app.blockAction(BUTTONS, (req, ctx) -> {
      var payload = req.getPayload();
      var action = payload.getActions().get(0);
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      Answer answer = Answer.fromCode(action.getActionId().substring("rsvp_".length()));
      Optional<MeetingLookup.Found> maybe = lookup.byNumber(ctx.getTeamId(), user, action.getValue());
      if (maybe.isEmpty()) {
        tell(ctx, ":warning: " + Texts.get(locale, "meeting.error.noSuchMeeting", action.getValue()));
        return ctx.ack();
      }
      MeetingLookup.Found found = maybe.get();
      RsvpService.Outcome outcome = rsvps.recordAnswer(found.network(), found.meeting(), user, user,
          answer, Optional.empty());
      if (outcome instanceof RsvpService.Outcome.ReasonRequired) {
        slack.forTeam(ctx.getTeamId()).openView(payload.getTriggerId(), reasonModal(found.meeting().id(), locale));
        return ctx.ack();
      }
      tell(ctx, RsvpCommands.outcomeText(outcome, found, user, locale));
      return ctx.ack();
    });

    app.viewSubmission(RsvpViews.REASON_MODAL, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      String reason = Optional.ofNullable(payload.getView().getState().getValues().get("reason"))
          .map(v -> v.get("value")).map(v -> v.getValue()).map(String::strip).orElse("");
      if (reason.isEmpty()) {
        return ctx.ack(r -> r.responseAction("errors")
            .errors(java.util.Map.of("reason", Texts.get(locale, "rsvp.modal.reasonMissing"))));
      }
      Optional<String> tooLong = TextLimits.problem(locale, "rsvp.what.reason", reason);
      if (tooLong.isPresent()) {
        return ctx.ack(r -> r.responseAction("errors").errors(java.util.Map.of("reason", tooLong.get())));
      }
      String meetingId = payload.getView().getPrivateMetadata();
      Optional<MeetingLookup.Found> found = lookup.byNumber(ctx.getTeamId(), user, meetingId);
      if (found.isEmpty()) {
        return ctx.ack(r -> r.responseAction("errors")
            .errors(java.util.Map.of("reason", Texts.get(locale, "meeting.error.noSuchMeeting", meetingId))));
      }
      RsvpService.Outcome outcome = rsvps.recordAnswer(found.get().network(), found.get().meeting(), user, user,
          Answer.NO, Optional.of(reason));
      String text = RsvpCommands.outcomeText(outcome, found.get(), user, locale);
      return ctx.ack(r -> r.responseAction("update").view(confirmation(text, locale)));
    });
  }

  /** Buttons in the App Home come without a response_url: there the refreshed home is the answer. */
  private static void tell(ActionContext ctx, String text) throws java.io.IOException {
    if (ctx.getResponseUrl() != null) {
      ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
    }
  }

  static View reasonModal(long meetingId, Locale locale) {
    return view(v -> v.type("modal")
        .callbackId(RsvpViews.REASON_MODAL)
        .privateMetadata(Long.toString(meetingId))
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "rsvp.modal.title"))))
        .submit(viewSubmit(s -> s.type("plain_text").text(Texts.get(locale, "rsvp.modal.submit"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "rsvp.modal.close"))))
        .blocks(List.of(input(i -> i.blockId("reason")
            .label(plainText(Texts.get(locale, "rsvp.modal.label", meetingId)))
            .element(plainTextInput(p -> p.actionId("value").multiline(true).maxLength(500)))))));
  }

  private static View confirmation(String text, Locale locale) {
    return view(v -> v.type("modal")
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "rsvp.modal.title"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "rsvp.modal.close"))))
        .blocks(List.of(section(s -> s.text(markdownText(text))))));
  }
}
