package nl.samen.evaluation;

import java.util.ArrayList;
import java.util.List;
import nl.samen.home.HomeSection;
import nl.samen.home.HomeUser;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.Texts;

/** For coordinators, under each network they coordinate: the score of the last meetings. */
final class EvaluationHomeSection implements HomeSection {
  private final EvaluationTrend trend;
  private final NetworkService networks;

  EvaluationHomeSection(EvaluationTrend trend, NetworkService networks) {
    this.trend = trend;
    this.networks = networks;
  }

  @Override
  public List<String> networkLines(Network network, HomeUser user) {
    if (!networks.isCoordinator(network, user.userId())) {
      return List.of();
    }
    List<String> lines = trend.lines(network, user.locale());
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> section = new ArrayList<>(List.of(Texts.get(user.locale(), "evaluation.home.title")));
    lines.forEach(line -> section.add("  " + line));
    return section;
  }
}
