package nl.samen.workshop;

import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.meeting.MeetingLookup;
import nl.samen.slack.Texts;

/** What the ranking form shows and what its submission does: the same as the rank command, per round. */
final class RankingForm {
  private final RankingService ranking;

  RankingForm(RankingService ranking) {
    this.ranking = ranking;
  }

  /** The confirmation to show, or errors per select's block (then the form stays open). */
  record Result(String text, Map<String, String> errors) {}

  /** Why the form should not open now, as the text to show instead. */
  Optional<String> cannotOpen(MeetingLookup.Found found, Locale locale) {
    Optional<RankingService.Result> refused = ranking.notOpen(found.meeting());
    if (refused.isPresent()) {
      return Optional.of(":warning: " + RankingRefusals.of(refused.get(), found.meeting(), locale).plainText(locale));
    }
    return ranking.rankable(found.meeting()).isEmpty() ? Optional.of(Texts.get(locale, "workshop.list.empty"))
        : Optional.empty();
  }

  /** The form, prefilled with the member's ranking. */
  View view(MeetingLookup.Found found, String user, Locale locale) {
    RankingService.Ranking mine = ranking.ranking(found.meeting(), user).orElseThrow();
    return RankingModal.view(found.meeting(), ranking.rankable(found.meeting()), mine.rounds(),
        RankingCommands.when(mine.closesAt(), found.meeting(), locale), locale);
  }

  /** {@code picked}: round → position → workshop number, as {@link RankingModal#read} gives it. */
  Result apply(MeetingLookup.Found found, String user, Map<Integer, Map<Integer, Integer>> picked, Locale locale) {
    List<Workshop> rankable = ranking.rankable(found.meeting());
    String firstBlock = RankingModal.blockId(rankable.isEmpty() ? 1 : rankable.get(0).round(), 1);
    Optional<RankingService.Result> refused = ranking.notOpen(found.meeting());
    if (refused.isPresent()) {
      return failed(firstBlock, RankingRefusals.of(refused.get(), found.meeting(), locale).plainText(locale));
    }
    if (picked.isEmpty()) {
      return failed(firstBlock, Texts.get(locale, "workshop.rank.error.nothing"));
    }
    Map<String, String> errors = twice(picked, locale);
    if (!errors.isEmpty()) {
      return new Result("", errors);
    }
    List<String> lines = new ArrayList<>();
    picked.forEach((round, positions) -> {
      RankingService.Result result = ranking.rank(found.network(), found.meeting(), user, round,
          List.copyOf(positions.values()));
      if (result instanceof RankingService.Result.Ranked ranked) {
        lines.add(Texts.get(locale, "workshop.ranking.ranked", round, RankingCommands.names(ranked.choices()),
            RankingCommands.when(ranked.closesAt(), found.meeting(), locale), found.meeting().id()));
      } else {
        errors.put(RankingModal.blockId(round, positions.keySet().iterator().next()),
            RankingRefusals.of(result, found.meeting(), locale).plainText(locale));
      }
    });
    return new Result(String.join("\n\n", lines), errors);
  }

  /** A workshop picked twice in one round: the later select says which choice it was already. */
  private static Map<String, String> twice(Map<Integer, Map<Integer, Integer>> picked, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    picked.forEach((round, positions) -> {
      Map<Integer, Integer> seen = new HashMap<>();
      positions.forEach((position, number) -> {
        Integer earlier = seen.putIfAbsent(number, position);
        if (earlier != null) {
          errors.put(RankingModal.blockId(round, position), Texts.get(locale, "workshop.rank.error.twice",
              Texts.get(locale, "workshop.rank.position." + earlier)));
        }
      });
    });
    return errors;
  }

  private static Result failed(String blockId, String message) {
    return new Result("", Map.of(blockId, message));
  }
}
