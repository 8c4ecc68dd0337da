package nl.samen.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samen.calendar.AgendaSource;
import nl.samen.home.HomeSection;
import nl.samen.home.HomeUser;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingSection;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.reminder.AgendaSummary;
import nl.samen.slack.Escape;
import nl.samen.slack.Texts;
import nl.samen.workshop.WorkshopSeats;
import nl.samen.workshop.WorkshopService;
import nl.samen.workshop.WorkshopViews;

/**
 * The agenda and workshops where other features show them: in a meeting's details, as plain text in
 * calendar feeds, and on the App Home as the person's workshop choices and, for coordinators, the
 * proposals to decide on.
 */
final class AgendaElsewhere implements HomeSection, AgendaSource, MeetingSection, AgendaSummary {
  private final AgendaService agendas;
  private final WorkshopService workshops;
  private final NetworkService networks;
  private final MeetingService meetings;

  AgendaElsewhere(AgendaService agendas, WorkshopService workshops, NetworkService networks,
      MeetingService meetings) {
    this.agendas = agendas;
    this.workshops = workshops;
    this.networks = networks;
    this.meetings = meetings;
  }

  /** Calendar descriptions are plain text: "1. Opening (15 min)". */
  @Override
  public Optional<String> agendaText(Meeting meeting, Locale locale) {
    List<String> lines = items(meeting, locale);
    return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
  }

  /** The agenda as plain lines, for reminders (which escape them) and calendars. */
  @Override
  public List<String> items(Meeting meeting, Locale locale) {
    return agendas.items(meeting).stream()
        .map(item -> item.number() + ". " + Escape.plain(item.title())
            + item.minutes().map(m -> " (" + Texts.get(locale, "agenda.item.minutes", m) + ")").orElse(""))
        .toList();
  }

  @Override
  public List<String> detailTexts(Meeting meeting, String viewer, Locale locale) {
    List<String> texts = new ArrayList<>();
    List<AgendaItem> items = agendas.items(meeting);
    if (!items.isEmpty()) {
      texts.add("*" + Texts.get(locale, "agenda.details.heading") + "*\n"
          + String.join("\n", AgendaViews.lines(meeting, items, locale)));
    }
    List<WorkshopSeats> seats = workshops.workshops(meeting);
    if (meeting.kind() == Meeting.Kind.NETWORKDAY && !seats.isEmpty()) {
      texts.add("*" + Texts.get(locale, "agenda.workshops.heading") + "*\n" + seats.stream()
          .map(s -> WorkshopViews.line(s.workshop(), locale) + " · " + WorkshopViews.seats(s, locale))
          .collect(Collectors.joining("\n")));
    }
    return texts;
  }

  @Override
  public List<String> meetingLines(Network network, Meeting meeting, HomeUser user) {
    if (meeting.kind() != Meeting.Kind.NETWORKDAY) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (WorkshopSeats seats : workshops.workshops(meeting)) {
      String title = Escape.mrkdwn(seats.workshop().title());
      int round = seats.workshop().round();
      if (seats.isSeated(user.userId())) {
        lines.add(Texts.get(user.locale(), "agenda.home.seated", round, title));
      }
      seats.waitlistPosition(user.userId()).ifPresent(place ->
          lines.add(Texts.get(user.locale(), "agenda.home.waiting", round, title, place)));
    }
    return lines;
  }

  @Override
  public List<String> openItems(Network network, HomeUser user) {
    if (!networks.isCoordinator(network, user.userId())) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (Meeting meeting : meetings.upcomingMeetings(network)) {
      int proposed = agendas.proposals(meeting).size();
      if (proposed > 0) {
        lines.add(Texts.get(user.locale(), "agenda.home.proposals", proposed, meeting.id()));
      }
    }
    return lines;
  }
}
