package nl.samen.report;

import java.util.List;
import java.util.Optional;

/**
 * How often a school's people were present: per meeting held, in the order of the report's
 * meetings. An empty school stands for the people whose school is not known.
 */
record SchoolAttendance(Optional<String> school, int members, List<Integer> presentPerMeeting) {
  public SchoolAttendance {
    presentPerMeeting = List.copyOf(presentPerMeeting);
  }

  public int total() {
    return presentPerMeeting.stream().mapToInt(Integer::intValue).sum();
  }

  /** Share of possible presences, in whole percent; empty when the school has no known members. */
  public Optional<Integer> rate() {
    int possible = members * presentPerMeeting.size();
    return possible == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * total() / possible));
  }
}
