package nl.samen.workshop;

import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingLookup;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Formats;
import nl.samen.slack.Reply;
import nl.samen.slack.Texts;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;
import nl.samen.slack.command.DateTimeFormats;

/** {@code workshop <id> ranking open} and {@code workshop <id> rank <round> <no> [<no> <no>]}. */
final class RankingCommands {
  private final RankingService ranking;
  private final RankedAssigner assigner;
  private final MeetingLookup lookup;

  RankingCommands(RankingService ranking, RankedAssigner assigner, MeetingLookup lookup) {
    this.ranking = ranking;
    this.assigner = assigner;
    this.lookup = lookup;
  }

  Reply assign(CommandRequest request, long id) {
    request.args().requireEnd();
    return lookup.meeting(request, id, found -> {
      if (ranking.ranking(found.meeting(), request.userId()).isEmpty()) {
        return Reply.refused("workshop.ranking.notOpen", id);
      }
      RankedAssigner.Assigned assigned = assigner.assign(found.network(), found.meeting(), request.userId());
      if (assigned instanceof RankedAssigner.Assigned.Done done) {
        return Reply.text(request.text("workshop.assigned.reply", id, Long.toString(done.seed()))
            + "\n" + RankedNotices.distribution(done.distribution(), request.locale()));
      }
      if (assigned instanceof RankedAssigner.Assigned.NotCoordinator) {
        return Reply.refused("network.error.coordinatorsOnly");
      }
      return Reply.refused("workshop.assigned.already", id);
    });
  }

  Reply open(CommandRequest request, long id) {
    CommandLine args = request.args();
    args.requireKeyword("workshop.what.rankingAction", "open");
    Optional<LocalDateTime> until = Optional.empty();
    Set<Integer> rounds = new TreeSet<>();
    while (!args.atEnd()) {
      if (until.isEmpty() && args.acceptKeyword("until", "tot")) {
        LocalDate date = args.requireDate();
        LocalTime time = DateTimeFormats.parseTime(args.requireWord("command.what.time"));
        until = Optional.of(date.atTime(time));
      } else if (rounds.isEmpty() && args.acceptKeyword("round", "rounds", "ronde", "rondes")) {
        rounds.addAll(roundNumbers(args.requireWord("workshop.what.rounds")));
      } else {
        args.requireEnd();
      }
    }
    Optional<LocalDateTime> close = until;
    return lookup.meeting(request, id, found -> answer(request, found.meeting(),
        ranking.open(found.network(), found.meeting(), request.userId(), close, rounds)));
  }

  Reply rank(CommandRequest request, long id) {
    CommandLine args = request.args();
    int round = (int) args.requireNumber("workshop.what.round");
    List<Integer> numbers = new ArrayList<>();
    numbers.add((int) args.requireNumber("workshop.what.workshopNumber"));
    while (numbers.size() < RankingService.MAX_CHOICES && !args.atEnd()) {
      numbers.add((int) args.requireNumber("workshop.what.workshopNumber"));
    }
    args.requireEnd();
    return lookup.meeting(request, id, found -> answer(request, found.meeting(),
        ranking.rank(found.network(), found.meeting(), request.userId(), round, numbers)));
  }

  private static Reply answer(CommandRequest request, Meeting meeting, RankingService.Result result) {
    Locale locale = request.locale();
    if (result instanceof RankingService.Result.Opened opened) {
      return Reply.text(request.text("workshop.ranking.opened", meeting.id(), when(opened.closesAt(), meeting, locale),
          rounds(opened.rounds(), locale)));
    }
    if (result instanceof RankingService.Result.Ranked ranked) {
      return Reply.text(request.text("workshop.ranking.ranked", ranked.round(), names(ranked.choices()),
          when(ranked.closesAt(), meeting, locale), meeting.id()));
    }
    return Reply.refused(RankingRefusals.of(result, meeting, locale));
  }

  /** The caller's ranking and the close, for {@code workshops <id>}; empty if the day does not rank. */
  Optional<String> summary(Meeting meeting, String userId, boolean coordinator, Locale locale) {
    return ranking.ranking(meeting, userId).map(r -> {
      Optional<RankDistribution> assigned = assigner.distribution(meeting);
      StringBuilder text = new StringBuilder(assigned.isPresent() ? Texts.get(locale, "workshop.ranking.assigned")
          : Texts.get(locale, "workshop.ranking.summary", when(r.closesAt(), meeting, locale), rounds(r.ranked(), locale)));
      if (r.rounds().isEmpty()) {
        text.append('\n').append(Texts.get(locale, "workshop.ranking.none", meeting.id()));
      }
      for (Map.Entry<Integer, List<Workshop>> round : r.rounds().entrySet()) {
        text.append('\n').append(Texts.get(locale, "workshop.ranking.yours", round.getKey(), names(round.getValue())));
      }
      if (coordinator) {
        assigned.ifPresent(d -> text.append('\n').append(RankedNotices.distribution(d, locale)));
      }
      return text.toString();
    });
  }

  /** The button that opens the ranking form, while members can rank. */
  Optional<LayoutBlock> formButton(Meeting meeting, Locale locale) {
    return ranking.notOpen(meeting).isEmpty() && !ranking.rankable(meeting).isEmpty()
        ? Optional.of(RankingModal.openButton(meeting.id(), locale)) : Optional.empty();
  }

  /** Whether a round is left where members choose themselves: else the picker has nothing for them. */
  boolean firstComeLeft(Meeting meeting, List<WorkshopSeats> seats) {
    Set<Integer> ranked = ranking.rankedRounds(meeting);
    return assigner.distribution(meeting).isPresent() || seats.stream().anyMatch(s -> !ranked.contains(s.workshop().round()));
  }

  /** "1,3" as typed after {@code round}. */
  private static List<Integer> roundNumbers(String typed) {
    List<Integer> rounds = new ArrayList<>();
    for (String part : typed.split(",")) {
      if (!part.matches("\\d{1,2}") || Integer.parseInt(part) < 1 || Integer.parseInt(part) > WorkshopDraft.MAX_ROUND) {
        throw new BadCommand("workshop.error.round", WorkshopDraft.MAX_ROUND);
      }
      rounds.add(Integer.valueOf(part));
    }
    return rounds;
  }

  /** "all rounds" or "round 1, 3". */
  static String rounds(Set<Integer> rounds, Locale locale) {
    return rounds.isEmpty() ? Texts.get(locale, "workshop.ranking.allRounds")
        : Texts.get(locale, "workshop.ranking.someRounds",
            rounds.stream().map(String::valueOf).collect(Collectors.joining(", ")));
  }

  static String names(List<Workshop> workshops) {
    return workshops.stream().map(WorkshopOutcomes::name).collect(Collectors.joining(" › "));
  }

  static String when(Instant instant, Meeting meeting, Locale locale) {
    return Formats.instant(instant, meeting.zone(), locale);
  }
}
