package nl.samen.workshop;

import java.util.Optional;

/** What a coordinator asked for when adding a workshop. */
record WorkshopDraft(
    String title, int capacity, int round, Optional<String> host, Optional<String> room) {

  public static final int MAX_CAPACITY = 500;
  public static final int MAX_ROUND = 9;
  public static final int MAX_TITLE = 100;
}
