package nl.samen.privacy;

import java.util.List;

/** Who alone coordinates which networks: a person may not be forgotten while they do (the networks feature knows). */
@FunctionalInterface
public interface SoleCoordinators {
  /** Names of the networks that would have no coordinator left without this person. */
  List<String> networksOnlyCoordinatedBy(String teamId, String userId);
}
