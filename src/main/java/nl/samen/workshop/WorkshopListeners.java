package nl.samen.workshop;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
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

/** The "choose a workshop" button (opens the picker) and the picker's submission. */
final class WorkshopListeners implements SlackApp.Listeners {
  private final WorkshopService workshops;
  private final WorkshopPicks picks;
  private final MeetingLookup lookup;
  private final People people;
  private final SlackGateway slack;

  public WorkshopListeners(WorkshopService workshops, MeetingLookup lookup, People people, SlackGateway slack) {
    this.workshops = workshops;
    this.picks = new WorkshopPicks(workshops);
    this.lookup = lookup;
    this.people = people;
    this.slack = slack;
  }

  @Override
  public void register(App app) {
    MeetingFormButton.register(app, WorkshopViews.ACTION_OPEN, lookup, people, slack, picks::cannotOpen,
        (found, user, locale) -> WorkshopModal.view(found.meeting(), workshops.workshops(found.meeting()), user,
            locale));

    app.viewSubmission(WorkshopModal.CALLBACK_ID, (req, ctx) -> {
      var payload = req.getPayload();
      String user = payload.getUser().getId();
      Locale locale = people.localeOf(user);
      String meetingId = payload.getView().getPrivateMetadata();
      Optional<MeetingLookup.Found> found = lookup.byNumber(ctx.getTeamId(), user, meetingId);
      if (found.isEmpty()) {
        String text = Texts.get(locale, "meeting.error.noSuchMeeting", "#" + meetingId);
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(WorkshopModal.blockId(1), text)));
      }
      WorkshopPicks.Result result = picks.apply(found.get(), user,
          WorkshopModal.read(payload.getView().getState()), locale);
      if (!result.errors().isEmpty()) {
        return ctx.ack(r -> r.responseAction("errors").errors(result.errors()));
      }
      return ctx.ack(r -> r.responseAction("update").view(confirmation(result.text(), locale)));
    });
  }

  private static View confirmation(String text, Locale locale) {
    return view(v -> v.type("modal")
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "workshop.modal.title"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "workshop.modal.close"))))
        .blocks(List.of(section(s -> s.text(markdownText(text))))));
  }
}
