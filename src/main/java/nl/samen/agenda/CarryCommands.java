package nl.samen.agenda;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingLookup;
import nl.samen.network.Network;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Refusal;
import nl.samen.slack.Reply;
import nl.samen.slack.Texts;
import nl.samen.slack.command.CommandLine;

/**
 * {@code agenda <id> move <item-no>|open [to <id>|backlog]} and {@code agenda backlog [add "…" | <n> to <id>]}:
 * parse, call {@link CarryService}, update what is posted, answer.
 */
final class CarryCommands {
  private static final String[] TO = {"to", "naar"};
  private static final String[] BACKLOG = {"backlog", "parkeerlijst", "achterstand"};

  private final CarryService carry;
  private final MeetingLookup lookup;
  private final PostedAgenda agendas;
  private final PostedMinutes minutes;

  CarryCommands(CarryService carry, MeetingLookup lookup, PostedAgenda agendas, PostedMinutes minutes) {
    this.carry = carry;
    this.lookup = lookup;
    this.agendas = agendas;
    this.minutes = minutes;
  }

  static boolean isBacklog(CommandLine args) {
    return args.acceptKeyword(BACKLOG);
  }

  /** After {@code agenda <id> move}. */
  Reply move(CommandRequest request, CommandLine args, long meetingId) {
    if (args.acceptKeyword("open", "openstaand", "openstaande")) {
      args.requireEnd();
      return lookup.meeting(request, meetingId, found -> answer(request, found.network(), found.meeting(),
          carry.moveUntouched(found.network(), found.meeting(), request.userId())));
    }
    int number = (int) args.requireNumber("agenda.what.itemNumber");
    boolean named = args.acceptKeyword(TO);
    boolean toBacklog = named && args.acceptKeyword(BACKLOG);
    Optional<Long> target = named && !toBacklog
        ? Optional.of(args.requireNumber("agenda.what.meetingNumber")) : Optional.empty();
    args.requireEnd();
    return lookup.meeting(request, meetingId, found -> {
      Optional<Meeting> to = toBacklog ? Optional.empty() : target.isEmpty() ? carry.nextAfter(found.meeting())
          : sameNetwork(request, found.network(), target.get());
      if (target.isPresent() && to.isEmpty()) {
        return Reply.refused("meeting.error.noSuchMeeting", "#" + target.get());
      }
      return answer(request, found.network(), found.meeting(),
          carry.move(found.network(), found.meeting(), request.userId(), number, to));
    });
  }

  /** After {@code agenda backlog}. */
  Reply backlog(CommandRequest request, CommandLine args) {
    if (args.atEnd()) {
      return lookup.networkHere(request, network -> Reply.blocks(request.text("agenda.backlog.heading"),
          CarryViews.backlog(carry.backlog(network), request.locale())));
    }
    if (args.acceptKeyword("add", "toevoegen", "toevoeg")) {
      AgendaItem.Draft draft = AgendaArgs.item(args);
      return lookup.networkHere(request, network -> carry.addToBacklog(network, request.userId(), draft)
          .map(n -> Reply.text(request.text("agenda.backlog.reply.added", n + ". " + Escape.mrkdwn(draft.title()))))
          .orElseGet(() -> Reply.refused("network.error.coordinatorsOnly")));
    }
    int number = (int) args.requireNumber("agenda.what.itemNumber");
    args.requireKeyword("agenda.what.to", TO);
    long meetingId = args.requireNumber("agenda.what.meetingNumber");
    args.requireEnd();
    return lookup.meeting(request, meetingId, found -> lookup.networkHere(request, here ->
        here.id() != found.network().id() ? Reply.refused("meeting.error.noSuchMeeting", "#" + meetingId)
            : answer(request, here, null, carry.plan(here, request.userId(), number, found.meeting()))));
  }

  /** The button under posted minutes: the same as {@code agenda <id> move open}; the answer's text. */
  String moveOpen(MeetingLookup.Found found, String user, Locale locale) {
    Reply reply = answer(locale, found.network(), found.meeting(),
        carry.moveUntouched(found.network(), found.meeting(), user));
    return reply instanceof Reply.Refused r ? ":warning: " + r.refusal().text(locale) : ((Reply.Message) reply).text();
  }

  private Optional<Meeting> sameNetwork(CommandRequest request, Network network, long id) {
    return lookup.byNumber(request.teamId(), request.userId(), id)
        .filter(f -> f.network().id() == network.id()).map(MeetingLookup.Found::meeting);
  }

  /** {@code from} is null when a backlog item was planned. */
  private Reply answer(CommandRequest request, Network network, Meeting from, CarryService.Moved moved) {
    return answer(request.locale(), network, from, moved);
  }

  private Reply answer(Locale locale, Network network, Meeting from, CarryService.Moved moved) {
    if (moved instanceof CarryService.Moved.Done done) {
      changed(network, from, done.to().meeting());
      String item = done.number() + ". " + Escape.mrkdwn(done.title());
      int number = done.to().number();
      return Reply.text(done.to().meeting()
          .map(to -> from == null ? Texts.get(locale, "agenda.backlog.reply.planned", item, number, to.id())
              : Texts.get(locale, "agenda.carry.reply.moved", item, from.id(), number, to.id()))
          .orElseGet(() -> Texts.get(locale, "agenda.carry.reply.parked", item, from.id(), number)));
    }
    if (moved instanceof CarryService.Moved.Many many) {
      if (many.items().isEmpty()) {
        return Reply.text(Texts.get(locale, "agenda.carry.reply.noneOpen", from.id()));
      }
      changed(network, from, many.to());
      String list = many.items().stream().map(d -> d.number() + ". " + Escape.mrkdwn(d.title()))
          .collect(Collectors.joining(", "));
      int count = many.items().size();
      return Reply.text(many.to()
          .map(to -> Texts.get(locale, "agenda.carry.reply.movedMany", count, from.id(), to.id(), list))
          .orElseGet(() -> Texts.get(locale, "agenda.carry.reply.parkedMany", count, from.id(), list)));
    }
    return Reply.refused(refusal(moved, from));
  }

  private static Refusal refusal(CarryService.Moved moved, Meeting from) {
    if (moved instanceof CarryService.Moved.NotCoordinator) {
      return Refusal.of("network.error.coordinatorsOnly");
    }
    if (moved instanceof CarryService.Moved.NotAllowed) {
      return Refusal.of("agenda.carry.error.notAllowed");
    }
    if (moved instanceof CarryService.Moved.NoSuchItem none) {
      return from == null ? Refusal.of("agenda.backlog.error.noSuchItem", none.number())
          : Refusal.of("agenda.error.noSuchItem", none.number(), from.id());
    }
    if (moved instanceof CarryService.Moved.TargetCancelled cancelled) {
      return Refusal.of("agenda.error.cancelled", cancelled.target().id());
    }
    if (moved instanceof CarryService.Moved.Full) {
      return Refusal.of("agenda.error.full", AgendaService.MAX_ITEMS);
    }
    return Refusal.of("agenda.carry.error.same");
  }

  /** Both meetings' posted agendas and minutes show the move. */
  private void changed(Network network, Meeting from, Optional<Meeting> to) {
    for (Meeting meeting : Stream.concat(Stream.ofNullable(from), to.stream()).toList()) {
      agendas.changed(meeting);
      minutes.changed(network, meeting);
    }
  }
}
