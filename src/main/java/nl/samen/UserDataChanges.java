package nl.samen;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Tells whoever listens (the App Home) that something a user sees has changed: an answer, a
 * workshop choice, a meeting of one of their networks. Features call {@link #changed}.
 */
public final class UserDataChanges {
  private final List<BiConsumer<String, String>> listeners = new CopyOnWriteArrayList<>();

  /** @param listener receives (team id, user id) */
  public void listen(BiConsumer<String, String> listener) {
    listeners.add(listener);
  }

  public void changed(String teamId, String userId) {
    listeners.forEach(l -> l.accept(teamId, userId));
  }
}
