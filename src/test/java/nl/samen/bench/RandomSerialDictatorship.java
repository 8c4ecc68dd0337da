package nl.samen.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.samen.workshop.RankedPlacement.Rank;
import nl.samen.workshop.RankedRound;
import nl.samen.workshop.RankedWorkshop;
import nl.samen.workshop.Ranker;

/**
 * The lottery that convention tools use (Intercode): people in a random order, each in turn taking per
 * round their best choice with a seat left and not taken in another round; with none, a random
 * workshop with room (as a coordinator would place them); with no room, nothing.
 */
final class RandomSerialDictatorship {
  private RandomSerialDictatorship() {}

  /** The rank each person got per round, keyed "user/round". */
  static Map<String, Rank> assign(List<RankedRound> rounds, List<Ranker> people, long seed) {
    Random random = new Random(seed);
    List<Ranker> order = new ArrayList<>(people);
    Collections.shuffle(order, random);
    Map<Long, Integer> left = new HashMap<>();
    rounds.forEach(r -> r.workshops().forEach(w -> left.put(w.id(), Math.max(0, w.capacity() - w.taken()))));
    Map<String, Rank> ranks = new HashMap<>();
    for (Ranker person : order) {
      Set<String> had = new HashSet<>(person.attended());
      for (RankedRound round : rounds) {
        List<Long> choices = person.choices().getOrDefault(round.number(), List.of());
        Rank rank = Rank.UNPLACED;
        RankedWorkshop seat = null;
        for (int k = 0; k < Math.min(3, choices.size()) && seat == null; k++) {
          for (RankedWorkshop w : round.workshops()) {
            if (w.id() == choices.get(k) && left.get(w.id()) > 0 && !had.contains(w.identity())) {
              seat = w;
              rank = Rank.values()[k];
            }
          }
        }
        if (seat == null) {
          List<RankedWorkshop> free = round.workshops().stream()
              .filter(w -> left.get(w.id()) > 0 && !had.contains(w.identity())).toList();
          if (!free.isEmpty()) {
            seat = free.get(random.nextInt(free.size()));
            rank = choices.isEmpty() ? Rank.NOT_RANKED : Rank.OUTSIDE_CHOICES;
          }
        }
        if (seat != null) {
          left.merge(seat.id(), -1, Integer::sum);
          had.add(seat.identity());
        }
        ranks.put(person.userId() + "/" + round.number(), rank);
      }
    }
    return ranks;
  }
}
