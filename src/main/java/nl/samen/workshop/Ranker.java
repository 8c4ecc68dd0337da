package nl.samen.workshop;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samen.rsvp.Answer;

/**
 * Someone who comes to the network day (yes or maybe), with their choices per round number: workshop
 * ids, first choice first, at most three (more are ignored, as are ids not in that round and
 * repeats). {@code attended} holds workshop identities this person already has a seat in outside
 * the assignment (a first-come round), so they get none of those again. In the rounds they {@code
 * hold} (a seat or waitlist place chosen by hand, which stays) the assignment does not place them.
 */
public record Ranker(String userId, Answer answer, Map<Integer, List<Long>> choices, Set<String> attended,
    Set<Integer> held) {
  public Ranker {
    if (answer == Answer.NO) {
      throw new IllegalArgumentException("who answered no does not come: " + userId);
    }
    choices = Map.copyOf(choices);
    attended = Set.copyOf(attended);
    held = Set.copyOf(held);
  }

  public Ranker(String userId, Answer answer, Map<Integer, List<Long>> choices, Set<String> attended) {
    this(userId, answer, choices, attended, Set.of());
  }

  public Ranker(String userId, Answer answer, Map<Integer, List<Long>> choices) {
    this(userId, answer, choices, Set.of(), Set.of());
  }

  List<Long> choicesIn(int round) {
    return choices.getOrDefault(round, List.of());
  }
}
