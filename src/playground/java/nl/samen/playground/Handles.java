package nl.samen.playground;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The trigger ids and response URLs the stand-in hands out with each request to Samen, and whom they
 * belong to: views.open needs the person behind a trigger id, a response_url post needs the person
 * and the conversation (and the message clicked, for {@code replace_original}).
 */
public final class Handles {
  private static final int REMEMBERED = 500;

  /** Where a response_url post lands. */
  public record ResponseTarget(String user, String conversation, Optional<String> sourceTs) {}

  private final Map<String, String> triggers = bounded();
  private final Map<String, ResponseTarget> responses = bounded();
  private final AtomicLong counter = new AtomicLong(1000);

  public String newTrigger(String user) {
    String id = counter.incrementAndGet() + ".7000000000." + Long.toHexString(counter.get() * 7919);
    triggers.put(id, user);
    return id;
  }

  public Optional<String> userOfTrigger(String triggerId) {
    return Optional.ofNullable(triggerId).map(triggers::get);
  }

  /** A new response_url key for the target; the stand-in serves it under {@code /response/<key>}. */
  public String newResponseKey(ResponseTarget target) {
    String key = "T0SAMENPG/" + counter.incrementAndGet() + "/" + Long.toHexString(counter.get() * 104729);
    responses.put(key, target);
    return key;
  }

  public Optional<ResponseTarget> response(String key) {
    return Optional.ofNullable(responses.get(key));
  }

  public void clear() {
    triggers.clear();
    responses.clear();
  }

  private static <V> Map<String, V> bounded() {
    return Collections.synchronizedMap(new LinkedHashMap<String, V>() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > REMEMBERED;
      }
    });
  }
}
