package nl.samen.report;

import java.util.Optional;

/**
 * The seam through which the evaluation feature gives the report a held meeting's score: only when
 * enough people answered for it to be anonymous, otherwise empty. The composition root hands it over.
 */
@FunctionalInterface
public interface MeetingScores {
  MeetingScores NONE = (teamId, meetingId) -> Optional.empty();

  Optional<Score> score(String teamId, long meetingId);

  /** The average of the answers (1 to 5) and how many there were. */
  record Score(double average, int answers) {}
}
