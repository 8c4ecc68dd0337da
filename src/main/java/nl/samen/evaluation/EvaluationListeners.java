package nl.samen.evaluation;

import com.slack.api.bolt.App;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.samen.meeting.MeetingLookup;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Texts;
import nl.samen.slack.command.TextLimits;

/**
 * The buttons of the evaluation DM: a score is recorded and the DM answered in place (the buttons
 * stay, so the score can be changed); the remark button opens a small modal.
 */
final class EvaluationListeners implements SlackApp.Listeners {
  private static final Pattern SCORES = Pattern.compile("^" + EvaluationViews.SCORE + "[1-5]$");

  private final EvaluationService evaluations;
  private final MeetingLookup lookup;
  private final People people;
  private final SlackGateway slack;

  EvaluationListeners(EvaluationService evaluations, MeetingLookup lookup, People people, SlackGateway slack) {
    this.evaluations = evaluations;
    this.lookup = lookup;
    this.people = people;
    this.slack = slack;
  }

  @Override
  public void register(App app) {
    app.blockAction(SCORES, (req, ctx) -> {
      var payload = req.getPayload();
      var action = payload.getActions().get(0);
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      int score = action.getActionId().charAt(action.getActionId().length() - 1) - '0';
      Optional<MeetingLookup.Found> found = lookup.byNumber(ctx.getTeamId(), user, action.getValue());
      var outcome = found.map(f -> evaluations.score(f.network(), f.meeting(), user, score))
          .orElse(EvaluationService.Recorded.NOT_ASKED);
      if (ctx.getResponseUrl() != null) {
        if (outcome == EvaluationService.Recorded.RECORDED) {
          var meeting = found.get().meeting();
          ctx.respond(r -> r.replaceOriginal(true).text(EvaluationViews.text(meeting, Optional.of(score), locale))
              .blocks(EvaluationViews.question(meeting, Optional.of(score), locale)));
        } else {
          ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
              .text(refusal(outcome, action.getValue(), locale)));
        }
      }
      return ctx.ack();
    });

    app.blockAction(EvaluationViews.REMARK, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      String value = payload.getActions().get(0).getValue();
      lookup.byNumber(ctx.getTeamId(), user, value)
          .ifPresent(f -> slack.forTeam(ctx.getTeamId())
              .openView(payload.getTriggerId(), EvaluationViews.remarkModal(f.meeting(), locale)));
      return ctx.ack();
    });

    app.viewSubmission(EvaluationViews.REMARK_MODAL, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      String remark = Optional.ofNullable(payload.getView().getState().getValues().get(EvaluationViews.REMARK_BLOCK))
          .map(v -> v.get("value")).map(v -> v.getValue()).map(String::strip).orElse("");
      Optional<String> problem = remark.isEmpty() ? Optional.of(Texts.get(locale, "evaluation.modal.missing"))
          : TextLimits.problem(locale, "evaluation.what.remark", remark);
      if (problem.isPresent()) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(EvaluationViews.REMARK_BLOCK, problem.get())));
      }
      String meetingId = payload.getView().getPrivateMetadata();
      var outcome = lookup.byNumber(ctx.getTeamId(), user, meetingId)
          .map(f -> evaluations.remark(f.network(), f.meeting(), user, remark))
          .orElse(EvaluationService.Recorded.NOT_ASKED);
      String text = outcome == EvaluationService.Recorded.RECORDED
          ? Texts.get(locale, "evaluation.remark.thanks", meetingId) : refusal(outcome, meetingId, locale);
      return ctx.ack(r -> r.responseAction("update").view(EvaluationViews.confirmation(text, locale)));
    });
  }

  private static String refusal(EvaluationService.Recorded outcome, String meetingId, Locale locale) {
    return ":warning: " + Texts.get(locale, outcome == EvaluationService.Recorded.CLOSED
        ? "evaluation.error.closed" : "evaluation.error.notAsked", meetingId);
  }
}
