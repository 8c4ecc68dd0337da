package nl.samen.agenda;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkService;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Refusal;
import nl.samen.slack.Texts;

/**
 * What the "Notuleren" form does: the same services as {@code minutes … note|decision} and {@code action
 * add}, and the same updates of what is posted; refusals become errors next to a field.
 */
final class MinutesForm {
  private final MinutesService minutes;
  private final ActionService actions;
  private final MeetingService meetings;
  private final NetworkService networks;
  private final MeetingLookup lookup;
  private final PostedMinutes postedMinutes;
  private final PostedAgenda postedAgenda;
  private final Runnable actionAdded;

  MinutesForm(MinutesService minutes, ActionService actions, MeetingService meetings, NetworkService networks,
      MeetingLookup lookup, PostedMinutes postedMinutes, PostedAgenda postedAgenda, Runnable actionAdded) {
    this.minutes = minutes;
    this.actions = actions;
    this.meetings = meetings;
    this.networks = networks;
    this.lookup = lookup;
    this.postedMinutes = postedMinutes;
    this.postedAgenda = postedAgenda;
    this.actionAdded = actionAdded;
  }

  /** The form's answer: what was recorded, or errors by field. */
  record Outcome(Optional<String> done, Map<String, String> errors) {}

  private static Outcome error(String field, Refusal refusal, Locale locale) {
    return new Outcome(Optional.empty(), Map.of(field, refusal.plainText(locale)));
  }

  /** Items the person may write on: every item for a coordinator, their own for an item's owner. */
  List<AgendaItem> items(MeetingLookup.Found found, String user) {
    boolean coordinator = networks.isCoordinator(found.network(), user);
    return minutes.items(found.meeting()).stream()
        .filter(i -> coordinator || i.owner().filter(user::equals).isPresent()).toList();
  }

  /** Why the form does not open for this person now, if it does not. */
  Optional<Refusal> cannotOpen(MeetingLookup.Found found, String user) {
    if (items(found, user).isEmpty()) {
      return Optional.of(networks.isCoordinator(found.network(), user)
          ? Refusal.of("agenda.minutes.form.error.noItems", found.meeting().id())
          : Refusal.of("agenda.minutes.error.notAllowed"));
    }
    return minutes.notNow(found.meeting()).map(w -> MinutesCommands.refusal(w, found.meeting().id()));
  }

  Outcome record(MeetingLookup.Found found, String user, MinutesEntry entry, Locale locale) {
    if (entry.kind() != MinutesEntry.Kind.ACTION) {
      Minute.Kind kind = entry.kind() == MinutesEntry.Kind.NOTE ? Minute.Kind.NOTE : Minute.Kind.DECISION;
      MinutesService.Written written = minutes.write(found.network(), found.meeting(), user, entry.item(), kind,
          entry.text());
      if (written instanceof MinutesService.Written.Done done) {
        postedMinutes.changed(found.network(), found.meeting());
        return new Outcome(Optional.of(Texts.get(locale, "agenda.minutes.reply." + kind.code(),
            done.item().number() + ". " + Escape.mrkdwn(done.item().title()), found.meeting().id())), Map.of());
      }
      return error("item", MinutesCommands.refusal(written, found.meeting().id()), locale);
    }
    Optional<Refusal> outsider = lookup.outsider(found.network(), List.of(entry.owner().orElseThrow()));
    if (outsider.isPresent()) {
      return error("owner", outsider.get(), locale);
    }
    ActionService.Result result = actions.add(found.network(), found.meeting(), user,
        new Action.Draft(entry.item(), entry.text(), entry.owner().get(), entry.due().orElseThrow(), Optional.empty()));
    if (result instanceof ActionService.Result.Added added) {
      actionAdded.run();
      meetings.nextMeeting(found.network()).ifPresent(postedAgenda::changed); // it lists open actions
      postedMinutes.changed(found.network(), found.meeting());
      Action a = added.action();
      return new Outcome(Optional.of(Texts.get(locale, "agenda.action.reply.added", a.number(),
          Escape.mrkdwn(a.what()), ActionViews.owner(a.owner(), locale), Formats.date(a.due(), locale),
          a.meetingId(), a.itemNumber())), Map.of());
    }
    return error("item", actionRefusal(result, entry.item()), locale);
  }

  private static Refusal actionRefusal(ActionService.Result result, int item) {
    if (result instanceof ActionService.Result.NoSuchItem) {
      return Refusal.of("agenda.action.error.noSuchItem", item);
    }
    if (result instanceof ActionService.Result.NotStarted) {
      return Refusal.of("agenda.action.error.notStarted");
    }
    return Refusal.of(result instanceof ActionService.Result.MeetingCancelled
        ? "agenda.action.error.cancelled" : "agenda.action.error.notAllowed");
  }
}
