package nl.samen.privacy;

/**
 * One feature's data about a person, for {@code privacy export} and {@code privacy forget}. Every
 * feature that stores something about a user offers one; the composition root hands them all to privacy.
 */
public interface PersonalData {
  /** The section's name in the export, e.g. {@code answers}. */
  String name();

  /** Everything this feature holds about the user, as lists and maps that serialise to JSON. */
  Object export(String teamId, String userId);

  /**
   * Deletes the user's personal data; where history must keep its counts, the user's id is replaced
   * by {@code placeholder}.
   */
  void forget(String teamId, String userId, String placeholder);
}
