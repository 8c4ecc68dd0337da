package nl.samen.workshop;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingViews;
import nl.samen.network.NetworkService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Refusal;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;

/** {@code workshop <id> add|choose|drop …} and {@code workshops [<id>] [excel]}: parse, call the service, answer. */
final class WorkshopCommands {
  private static final String[] ACTIONS = {"add", "choose", "drop", "toevoegen", "kies", "afmelden"};

  private final WorkshopService workshops;
  private final NetworkService networks;
  private final MeetingLookup lookup;
  private final WorkshopExport export;
  private final RankingCommands ranking;

  public WorkshopCommands(WorkshopService workshops, NetworkService networks, MeetingLookup lookup,
      WorkshopExport export, RankingCommands ranking) {
    this.workshops = workshops;
    this.networks = networks;
    this.lookup = lookup;
    this.export = export;
    this.ranking = ranking;
  }

  public List<Subcommand> subcommands() {
    return List.of(
        Subcommand.of("workshop.usage.workshop", this::workshop, "workshop"),
        Subcommand.of("workshop.usage.workshops", this::overview, "workshops"));
  }

  private Reply workshop(CommandRequest request) {
    CommandLine args = request.args();
    long id = args.requireNumber("workshop.what.meetingNumber");
    if (args.acceptKeyword("ranking", "rangschikking")) {
      return ranking.open(request, id);
    }
    if (args.acceptKeyword("rank", "voorkeur")) {
      return ranking.rank(request, id);
    }
    if (args.acceptKeyword("assign", "indelen")) {
      return ranking.assign(request, id);
    }
    int action = args.requireKeyword("workshop.what.action", ACTIONS) % 3;
    if (action == 0) {
      return add(request, id);
    }
    int number = (int) args.requireNumber("workshop.what.workshopNumber");
    Optional<String> subject = args.acceptMention();
    args.requireEnd();
    return lookup.meeting(request, id, found -> {
      Optional<Refusal> outsider = lookup.outsider(found.network(), subject.stream().toList());
      if (outsider.isPresent()) {
        return Reply.refused(outsider.get());
      }
      String who = subject.orElse(request.userId());
      WorkshopService.Outcome outcome = action == 1
          ? workshops.chooseWorkshop(found.network(), found.meeting(), request.userId(), who, number)
          : workshops.dropWorkshop(found.network(), found.meeting(), request.userId(), who, number);
      return WorkshopOutcomes.refusal(outcome, found.meeting(), request.locale()).map(Reply::refused)
          .orElseGet(() -> Reply.text(WorkshopOutcomes.text(outcome, found.meeting(), request.userId(), who,
              request.locale())));
    });
  }

  private Reply add(CommandRequest request, long id) {
    WorkshopDraft draft = draft(request.args());
    return lookup.meeting(request, id, found -> {
      Optional<Refusal> outsider = lookup.outsider(found.network(), draft.host().stream().toList());
      if (outsider.isPresent()) {
        return Reply.refused(outsider.get());
      }
      WorkshopService.Added added = workshops.addWorkshop(found.network(), found.meeting(), request.userId(), draft);
      if (added instanceof WorkshopService.Added.Done done) {
        Workshop w = done.workshop();
        return Reply.text(request.text("workshop.reply.added", WorkshopOutcomes.name(w), w.round(), id,
            w.capacity()));
      }
      if (added instanceof WorkshopService.Added.NotCoordinator) {
        return Reply.refused("network.error.coordinatorsOnly");
      }
      if (added instanceof WorkshopService.Added.NotANetworkDay) {
        return Reply.refused("workshop.error.notANetworkDay", id);
      }
      return Reply.refused("workshop.error.cancelled", id);
    });
  }

  /** {@code "<title>" capacity <n> [round <r>] [host @user] [room "<room>"]}, options in any order. */
  static WorkshopDraft draft(CommandLine args) {
    String title = args.requireQuoted("workshop.what.title");
    Integer capacity = null;
    Integer round = null;
    Optional<String> host = Optional.empty();
    Optional<String> room = Optional.empty();
    while (!args.atEnd()) {
      if (capacity == null && args.acceptKeyword("capacity", "capaciteit", "plaatsen")) {
        capacity = within(args.requireNumber("workshop.what.capacity"), WorkshopDraft.MAX_CAPACITY,
            "workshop.error.capacity");
      } else if (round == null && args.acceptKeyword("round", "ronde")) {
        round = within(args.requireNumber("workshop.what.round"), WorkshopDraft.MAX_ROUND, "workshop.error.round");
      } else if (host.isEmpty() && args.acceptKeyword("host", "door", "begeleider", "gastheer", "gastvrouw")) {
        host = Optional.of(args.requireMention());
      } else if (room.isEmpty() && args.acceptKeyword("room", "lokaal", "ruimte", "zaal")) {
        room = Optional.of(args.requireQuoted("workshop.what.room"));
      } else {
        args.requireEnd();
      }
    }
    if (capacity == null) {
      throw new BadCommand("workshop.error.capacityMissing");
    }
    return new WorkshopDraft(title, capacity, round == null ? 1 : round, host, room);
  }

  private static int within(long value, int max, String errorKey) {
    if (value < 1 || value > max) {
      throw new BadCommand(errorKey, max);
    }
    return (int) value;
  }

  private Reply overview(CommandRequest request) {
    CommandLine args = request.args();
    Optional<Long> id = args.acceptNumber();
    boolean csv = args.acceptKeyword("excel", "xlsx", "csv", "export", "lijst");
    args.requireEnd();
    return lookup.meetingOrNext(request, id, found -> overview(request, found, csv));
  }

  private Reply overview(CommandRequest request, MeetingLookup.Found found, boolean csv) {
    Meeting meeting = found.meeting();
    if (meeting.kind() != Meeting.Kind.NETWORKDAY) {
      return Reply.refused("workshop.error.notANetworkDay", meeting.id());
    }
    boolean coordinator = networks.isCoordinator(found.network(), request.userId());
    if (csv) {
      if (!coordinator) {
        return Reply.refused("network.error.coordinatorsOnly");
      }
      // Names come from Slack one person at a time, and the upload takes three calls: answer later.
      return new Reply.Later(() -> Reply.text(export.upload(request.teamId(), request.userId(), found,
          request.locale())));
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(MeetingViews.summary(meeting, request.locale())))));
    List<WorkshopSeats> seats = workshops.workshops(meeting);
    blocks.addAll(WorkshopViews.overview(seats, request.userId(), coordinator, request.locale()));
    ranking.summary(meeting, request.userId(), coordinator, request.locale())
        .ifPresent(text -> blocks.add(section(s -> s.text(markdownText(text)))));
    ranking.formButton(meeting, request.locale()).ifPresent(blocks::add);
    if (!seats.isEmpty() && workshops.refusal(found.network(), meeting, request.userId(), request.userId()).isEmpty()
        && (coordinator || ranking.firstComeLeft(meeting, seats))) {
      blocks.add(WorkshopViews.chooseButton(meeting.id(), request.locale()));
    }
    return Reply.blocks(request.text("workshop.list.fallback", meeting.id(), Escape.mrkdwn(meeting.title())),
        blocks);
  }
}
