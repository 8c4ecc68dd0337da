package nl.samen.network;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.People;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import nl.samen.slack.Texts;
import nl.samen.slack.command.CommandLine;
import nl.samen.slack.outbox.Outbox;

/** {@code setup}, {@code coordinator}, {@code school} and {@code members}: parse, call the service, answer. */
final class NetworkCommands {
  private final NetworkService networks;
  private final People people;
  private final Outbox outbox;
  private final NetworkMembers members;

  public NetworkCommands(NetworkService networks, People people, Outbox outbox, NetworkMembers members) {
    this.networks = networks;
    this.people = people;
    this.outbox = outbox;
    this.members = members;
  }

  public List<Subcommand> subcommands() {
    return List.of(
        Subcommand.of("network.usage.setup", this::setup, "setup", "instellen"),
        Subcommand.of("network.usage.coordinator", this::coordinator, "coordinator", "coördinator", "coordinatoren"),
        Subcommand.of("network.usage.school", this::school, "school"),
        Subcommand.of("network.usage.members", this::members, "members", "leden"));
  }

  /**
   * The network of the channel the command was typed in, or a refusal that says how to make one;
   * to someone outside the network it answers the same (see {@code MeetingLookup.networkHere}).
   */
  private Reply networkHere(CommandRequest request, Function<Network, Reply> then) {
    return networks.networkOfChannel(request.teamId(), request.channelId())
        .filter(n -> members.belongs(n, request.userId()))
        .map(then)
        .orElseGet(() -> Reply.refused("network.error.notANetwork"));
  }

  private Reply setup(CommandRequest request) {
    CommandLine args = request.args();
    String name = args.requireQuoted("network.what.name");
    boolean required = args.acceptKeyword("required", "verplicht");
    args.requireEnd();
    NetworkService.SetupResult result = networks.setUpNetwork(
        request.teamId(), request.channelId(), request.userId(), name, required);
    if (result instanceof NetworkService.SetupResult.AlreadyExists existing) {
      return Reply.refused("network.error.alreadySetUp", existing.network().name());
    }
    String announcement = Texts.get(people.defaultLocale(), "network.announce.setUp",
        Escape.mrkdwn(name), request.userId());
    outbox.post(request.teamId(), request.channelId(), announcement, null);
    return Reply.text(request.text(required ? "network.reply.setUpRequired" : "network.reply.setUp",
        Escape.mrkdwn(name)));
  }

  private Reply coordinator(CommandRequest request) {
    CommandLine args = request.args();
    boolean add = args.requireKeyword("network.what.addOrRemove",
        "add", "remove", "toevoegen", "verwijderen") % 2 == 0;
    String user = args.requireMention();
    args.requireEnd();
    return networkHere(request, network -> switch (add
        ? networks.addCoordinator(network, request.userId(), user)
        : networks.removeCoordinator(network, request.userId(), user)) {
      case NOT_ALLOWED -> Reply.refused("network.error.coordinatorsOnly");
      case ADDED -> Reply.text(request.text("network.reply.coordinatorAdded", user));
      case ALREADY_COORDINATOR -> Reply.text(request.text("network.reply.alreadyCoordinator", user));
      case REMOVED -> Reply.text(request.text("network.reply.coordinatorRemoved", user));
      case NOT_A_COORDINATOR -> Reply.refused("network.error.notACoordinator");
      case LAST_COORDINATOR -> Reply.refused("network.error.lastCoordinator");
    });
  }

  private Reply school(CommandRequest request) {
    String school = request.args().requireQuoted("network.what.school");
    request.args().requireEnd();
    networks.recordSchool(request.teamId(), request.userId(), school);
    return Reply.text(request.text("network.reply.school", Escape.mrkdwn(school)));
  }

  private Reply members(CommandRequest request) {
    request.args().requireEnd();
    // Asking Slack who is human may take a while in a large channel: answer afterwards.
    return networkHere(request, network -> new Reply.Later(() -> {
      List<Member> roster = networks.roster(network, people.humanMembers(network.teamId(), network.channelId()));
      String lines = roster.stream().map(m -> "• <@" + m.userId() + ">"
              + m.school().map(s -> " — " + Escape.mrkdwn(s)).orElse(" — " + request.text("network.members.noSchool"))
              + (m.coordinator() ? " · _" + request.text("network.members.coordinator") + "_" : ""))
          .collect(Collectors.joining("\n"));
      return Reply.text(request.text("network.members.title", Escape.mrkdwn(network.name()), roster.size())
          + "\n" + lines);
    }));
  }
}
