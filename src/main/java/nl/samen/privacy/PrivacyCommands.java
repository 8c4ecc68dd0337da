package nl.samen.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Reply;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Subcommand;
import nl.samen.slack.command.CommandLine;

/** {@code privacy export} and {@code privacy forget [confirm]}: the caller's own data only. */
final class PrivacyCommands {
  private final PrivacyService privacy;
  private final SlackGateway slack;
  private final Clock clock;

  PrivacyCommands(PrivacyService privacy, SlackGateway slack, Clock clock) {
    this.privacy = privacy;
    this.slack = slack;
    this.clock = clock;
  }

  List<Subcommand> subcommands() {
    return List.of(Subcommand.of("privacy.usage.privacy", this::privacy, "privacy"));
  }

  private Reply privacy(CommandRequest request) {
    CommandLine args = request.args();
    int what = args.requireKeyword("privacy.what.exportOrForget",
        "export", "forget", "exporteren", "vergeten", "vergeet");
    boolean export = what == 0 || what == 2;
    boolean confirmed = !export && args.acceptKeyword("confirm", "bevestig", "bevestigen");
    args.requireEnd();
    if (export) {
      // Gathering and uploading may take longer than Slack's 3 seconds.
      return new Reply.Later(() -> sendExport(request));
    }
    List<String> orphaned = privacy.networksOnlyCoordinatedBy(request.teamId(), request.userId());
    if (!orphaned.isEmpty()) {
      return Reply.text(PrivacyViews.onlyCoordinator(orphaned, request.locale()));
    }
    if (!confirmed) {
      return Reply.blocks(request.text("privacy.forget.fallback"), PrivacyViews.confirmForget(request.locale()));
    }
    return Reply.text(PrivacyViews.outcome(privacy.forget(request.teamId(), request.userId()), request.locale()));
  }

  private Reply sendExport(CommandRequest request) {
    byte[] json = privacy.exportJson(request.teamId(), request.userId());
    String filename = "samen-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".json";
    SlackGateway slack = this.slack.forTeam(request.teamId());
    String conversation = slack.openDirectMessage(request.userId());
    slack.uploadFile(conversation, filename, request.text("privacy.export.title"), json,
        request.text("privacy.export.comment"));
    return Reply.text(request.text("privacy.export.sent"));
  }
}
