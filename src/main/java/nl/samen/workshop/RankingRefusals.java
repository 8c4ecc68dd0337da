package nl.samen.workshop;

import java.util.Locale;
import nl.samen.meeting.Meeting;
import nl.samen.slack.Refusal;

/** What a refused ranking says, for the commands and the ranking form alike. */
final class RankingRefusals {
  private RankingRefusals() {}

  /** The refusal of a result that is neither {@code Opened} nor {@code Ranked}. */
  static Refusal of(RankingService.Result result, Meeting meeting, Locale locale) {
    if (result instanceof RankingService.Result.NoSuchRound none) {
      return Refusal.of("workshop.ranking.noSuchRound", none.round(), meeting.id());
    }
    if (result instanceof RankingService.Result.RoundNotRanked first) {
      return Refusal.of("workshop.ranking.firstCome", first.round(), meeting.id());
    }
    if (result instanceof RankingService.Result.NotCoordinator) {
      return Refusal.of("network.error.coordinatorsOnly");
    }
    if (result instanceof RankingService.Result.NotANetworkDay) {
      return Refusal.of("workshop.error.notANetworkDay", meeting.id());
    }
    if (result instanceof RankingService.Result.MeetingCancelled) {
      return Refusal.of("workshop.error.cancelled", meeting.id());
    }
    if (result instanceof RankingService.Result.NotOpen) {
      return Refusal.of("workshop.ranking.notOpen", meeting.id());
    }
    if (result instanceof RankingService.Result.CloseInPast past) {
      return Refusal.of("workshop.ranking.closeInPast", RankingCommands.when(past.closesAt(), meeting, locale));
    }
    if (result instanceof RankingService.Result.Assigned) {
      return Refusal.of("workshop.assigned.already", meeting.id());
    }
    if (result instanceof RankingService.Result.Closed closed) {
      return Refusal.of("workshop.ranking.closed", RankingCommands.when(closed.closedAt(), meeting, locale));
    }
    RankingService.Result.NotInRound none = (RankingService.Result.NotInRound) result;
    return Refusal.of("workshop.ranking.notInRound", none.number(), none.round(), meeting.id());
  }
}
