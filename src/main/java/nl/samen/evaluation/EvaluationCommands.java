package nl.samen.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.samen.meeting.MeetingLookup;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;

/**
 * {@code evaluation [<id>]} ({@code evaluatie}), for coordinators: a meeting's average and the
 * remarks without names once three people answered, or without a number the trend of the last meetings.
 */
final class EvaluationCommands {
  private final EvaluationService evaluations;
  private final EvaluationTrend trend;
  private final NetworkService networks;
  private final MeetingLookup lookup;

  EvaluationCommands(EvaluationService evaluations, EvaluationTrend trend, NetworkService networks,
      MeetingLookup lookup) {
    this.evaluations = evaluations;
    this.trend = trend;
    this.networks = networks;
    this.lookup = lookup;
  }

  List<Subcommand> subcommands() {
    return List.of(Subcommand.of("evaluation.usage", this::evaluation, "evaluation", "evaluatie"));
  }

  private Reply evaluation(CommandRequest request) {
    Optional<Long> id = request.args().acceptNumber();
    request.args().requireEnd();
    if (id.isEmpty()) {
      return lookup.networkHere(request, network -> coordinatorsOnly(request, network, () -> {
        List<String> lines = trend.lines(network, request.locale());
        return Reply.text(request.text("evaluation.trend.title", Escape.mrkdwn(network.name())) + "\n"
            + (lines.isEmpty() ? request.text("evaluation.trend.none") : String.join("\n", lines)));
      }));
    }
    return lookup.meeting(request, id.get(), found -> coordinatorsOnly(request, found.network(), () ->
        evaluations.wasAsked(found.meeting())
            ? Reply.text(EvaluationViews.summary(found.meeting(), evaluations.summary(found.meeting().id()),
                request.locale()))
            : Reply.text(request.text("evaluation.summary.notAsked", found.meeting().id()))));
  }

  private Reply coordinatorsOnly(CommandRequest request, Network network, Supplier<Reply> then) {
    return networks.isCoordinator(network, request.userId()) ? then.get()
        : Reply.refused("network.error.coordinatorsOnly");
  }
}
