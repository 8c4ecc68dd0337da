package nl.samen.focus;

import java.time.ZoneId;
import java.util.List;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import nl.samen.slack.command.CommandLine;

/** {@code focus [add|remove "<theme>"]} ({@code speerpunt[en]}): parse, call the service, answer. */
final class FocusCommands {
  private final FocusService focus;
  private final NetworkService networks;
  private final ZoneId defaultZone;

  FocusCommands(FocusService focus, NetworkService networks, ZoneId defaultZone) {
    this.focus = focus;
    this.networks = networks;
    this.defaultZone = defaultZone;
  }

  List<Subcommand> subcommands() {
    return List.of(Subcommand.of("focus.usage.focus", this::focus, "focus", "speerpunt", "speerpunten"));
  }

  private Reply focus(CommandRequest request) {
    CommandLine args = request.args();
    if (args.atEnd()) {
      return overview(request);
    }
    boolean add = args.requireKeyword("focus.what.addOrRemove",
        "add", "remove", "toevoegen", "verwijderen") % 2 == 0;
    String theme = args.requireQuoted("focus.what.theme");
    args.requireEnd();
    ZoneId zone = zone(request);
    FocusService.Change change = add
        ? focus.addTheme(request.teamId(), request.userId(), theme, zone)
        : focus.removeTheme(request.teamId(), request.userId(), theme, zone);
    String year = focus.currentYear(zone).name();
    if (change instanceof FocusService.Change.Added added) {
      FocusOverview overview = focus.overview(request.teamId(), request.userId(), zone);
      return Reply.text(FocusViews.added(added.theme(), overview, request.locale()));
    }
    if (change instanceof FocusService.Change.AlreadyThere there) {
      return Reply.text(request.text("focus.reply.alreadyThere", Escape.mrkdwn(there.theme().theme()),
          Escape.mrkdwn(there.theme().school()), year));
    }
    if (change instanceof FocusService.Change.Removed removed) {
      return Reply.text(request.text("focus.reply.removed", Escape.mrkdwn(removed.theme().theme()),
          Escape.mrkdwn(removed.theme().school()), year));
    }
    if (change instanceof FocusService.Change.NotThere) {
      return Reply.refused("focus.error.notThere", theme, year);
    }
    return Reply.refused("focus.error.noSchool");
  }

  private Reply overview(CommandRequest request) {
    FocusOverview overview = focus.overview(request.teamId(), request.userId(), zone(request));
    return Reply.text(FocusViews.overview(overview, request.locale()));
  }

  /** The school year turns at midnight in the network's zone; outside a network, the default zone's. */
  private ZoneId zone(CommandRequest request) {
    return networks.networkOfChannel(request.teamId(), request.channelId()).map(Network::zone)
        .orElse(defaultZone);
  }
}
