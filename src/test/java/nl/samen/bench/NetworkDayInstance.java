package nl.samen.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.samen.rsvp.Answer;
import nl.samen.workshop.RankedRound;
import nl.samen.workshop.RankedWorkshop;
import nl.samen.workshop.Ranker;

/**
 * A realistic network day for the ranking benchmark: three rounds of ten workshops of 30 to 36 seats
 * (about 330 a round for 300 people); two popular workshops run in every round and four in two
 * rounds, the rest once. Popularity is skewed (Zipf over the 18 workshops, shuffled), and each member
 * ranks per round by popularity plus a taste of their own (Gumbel noise: a Plackett-Luce draw), so a
 * member who loves a repeated workshop ranks it first in every round it runs. One in ten ranks
 * nothing in a round, one in seven said maybe.
 */
record NetworkDayInstance(List<RankedRound> rounds, List<Ranker> people) {
  private static final String[][] PROGRAMME = {
    {"A", "B", "C", "D", "G", "H", "I", "J", "K", "L"},
    {"A", "B", "C", "E", "F", "M", "N", "O", "P", "Q"},
    {"A", "B", "D", "E", "F", "R", "S", "T", "U", "V"},
  };

  static NetworkDayInstance draw(long seed, int members) {
    Random random = new Random(seed);
    Map<String, Double> popularity = new HashMap<>();
    List<String> identities = new ArrayList<>();
    for (String[] round : PROGRAMME) {
      for (String identity : round) {
        if (!identities.contains(identity)) {
          identities.add(identity);
        }
      }
    }
    List<String> order = new ArrayList<>(identities);
    Collections.shuffle(order, random);
    // The repeated ones are repeated because they are popular: give them the top of the Zipf curve.
    order.sort(Comparator.comparingInt(i -> -occurrences(i)));
    for (int k = 0; k < order.size(); k++) {
      popularity.put(order.get(k), Math.log(1.0 / (k + 1)));
    }
    List<RankedRound> rounds = new ArrayList<>();
    long id = 1;
    for (int r = 0; r < PROGRAMME.length; r++) {
      List<RankedWorkshop> workshops = new ArrayList<>();
      for (String identity : PROGRAMME[r]) {
        workshops.add(new RankedWorkshop(id++, identity, 30 + random.nextInt(7), 0));
      }
      rounds.add(new RankedRound(r + 1, workshops));
    }
    List<Ranker> people = new ArrayList<>();
    for (int p = 0; p < members; p++) {
      Map<String, Double> taste = new HashMap<>();
      for (String identity : identities) {
        taste.put(identity, popularity.get(identity) - Math.log(-Math.log(random.nextDouble())));
      }
      Map<Integer, List<Long>> choices = new HashMap<>();
      for (RankedRound round : rounds) {
        if (random.nextInt(10) > 0) {
          choices.put(round.number(), round.workshops().stream()
              .sorted(Comparator.comparingDouble((RankedWorkshop w) -> -taste.get(w.identity())))
              .limit(3).map(RankedWorkshop::id).toList());
        }
      }
      people.add(new Ranker("U%04d".formatted(p), random.nextInt(7) == 0 ? Answer.MAYBE : Answer.YES, choices,
          Set.of()));
    }
    return new NetworkDayInstance(rounds, people);
  }

  private static int occurrences(String identity) {
    int n = 0;
    for (String[] round : PROGRAMME) {
      n += List.of(round).contains(identity) ? 1 : 0;
    }
    return n;
  }
}
