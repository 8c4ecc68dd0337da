package nl.samen.workshop;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.bolt.App;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.meeting.MeetingFormButton;
import nl.samen.meeting.MeetingLookup;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Texts;

/** The "rank workshops" button (in {@code workshops <id>} and the nudge) and the form's submission. */
final class RankingListeners implements SlackApp.Listeners {
  private final RankingForm form;
  private final MeetingLookup lookup;
  private final People people;
  private final SlackGateway slack;

  RankingListeners(RankingForm form, MeetingLookup lookup, People people, SlackGateway slack) {
    this.form = form;
    this.lookup = lookup;
    this.people = people;
    this.slack = slack;
  }

  @Override
  public void register(App app) {
    MeetingFormButton.register(app, RankingModal.ACTION_OPEN, lookup, people, slack,
        (found, user, locale) -> form.cannotOpen(found, locale), form::view);

    app.viewSubmission(RankingModal.CALLBACK_ID, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      String meetingId = payload.getView().getPrivateMetadata();
      Optional<MeetingLookup.Found> found = lookup.byNumber(ctx.getTeamId(), user, meetingId);
      if (found.isEmpty()) {
        String text = Texts.get(locale, "meeting.error.noSuchMeeting", "#" + meetingId);
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(RankingModal.blockId(1, 1), text)));
      }
      RankingForm.Result result = form.apply(found.get(), user, RankingModal.read(payload.getView().getState()), locale);
      if (!result.errors().isEmpty()) {
        return ctx.ack(r -> r.responseAction("errors").errors(result.errors()));
      }
      return ctx.ack(r -> r.responseAction("update").view(view(v -> v.type("modal")
          .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "workshop.rank.title"))))
          .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "workshop.modal.close"))))
          .blocks(List.of(section(s -> s.text(markdownText(result.text()))))))));
    });
  }
}
