package nl.samen.workshop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.samen.rsvp.Answer;

/**
 * Random network days for property tests: workshops that repeat across rounds (a small pool of
 * identities), tight and loose capacities, seats taken already, rankings of zero to three choices
 * (and now and then a stray id or a repeat, which the assignment ignores), maybes, and workshops
 * attended before.
 */
record RandomNetworkDay(List<RankedRound> rounds, List<Ranker> people) {
  static RandomNetworkDay draw(Random random, int people, int rounds, int workshops, int seatsPerWorkshop) {
    List<RankedRound> roundList = new ArrayList<>();
    int identities = Math.max(1, workshops + random.nextInt(workshops + 1));
    long id = 1 + random.nextInt(5);
    for (int r = 1; r <= rounds; r++) {
      List<RankedWorkshop> list = new ArrayList<>();
      List<Integer> pool = new ArrayList<>();
      for (int i = 0; i < identities; i++) {
        pool.add(i);
      }
      Collections.shuffle(pool, random);
      for (int w = 0; w < workshops; w++) {
        int capacity = random.nextInt(seatsPerWorkshop + 1);
        int taken = random.nextInt(4) == 0 ? random.nextInt(capacity + 2) : 0;
        list.add(new RankedWorkshop(id, "i" + pool.get(w), capacity, taken));
        id += 1 + random.nextInt(3);
      }
      roundList.add(new RankedRound(r, list));
    }
    List<Ranker> list = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      Map<Integer, List<Long>> choices = new HashMap<>();
      for (RankedRound round : roundList) {
        List<Long> ids = new ArrayList<>(round.workshops().stream().map(RankedWorkshop::id).toList());
        Collections.shuffle(ids, random);
        List<Long> picked = new ArrayList<>(ids.subList(0, Math.min(ids.size(), random.nextInt(4))));
        if (random.nextInt(10) == 0) {
          picked.add(random.nextBoolean() ? 999_999L : picked.isEmpty() ? 1L : picked.get(0));
        }
        if (!picked.isEmpty() || random.nextBoolean()) {
          choices.put(round.number(), picked);
        }
      }
      Set<String> attended = new HashSet<>();
      if (random.nextInt(6) == 0) {
        attended.add("i" + random.nextInt(identities));
      }
      list.add(new Ranker("U" + (char) ('A' + p % 26) + p, random.nextInt(4) == 0 ? Answer.MAYBE : Answer.YES,
          choices, attended));
    }
    return new RandomNetworkDay(roundList, list);
  }

  RankedResult assign(long seed) {
    return RankedAssignment.assign(rounds, people, seed);
  }

  /** The same network day listed in another order: people, rounds and workshops shuffled. */
  RandomNetworkDay shuffled(Random random) {
    List<RankedRound> r = new ArrayList<>();
    for (RankedRound round : rounds) {
      List<RankedWorkshop> w = new ArrayList<>(round.workshops());
      Collections.shuffle(w, random);
      r.add(new RankedRound(round.number(), w));
    }
    Collections.shuffle(r, random);
    List<Ranker> p = new ArrayList<>(people);
    Collections.shuffle(p, random);
    return new RandomNetworkDay(r, p);
  }
}
