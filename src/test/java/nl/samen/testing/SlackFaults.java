package nl.samen.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The faults a test asks {@link FakeSlackApi} for: failures, refusals, Slack's rate limit and slow answers. */
final class SlackFaults {
  /** An answer instead of the normal one: recorded as {@code <method>:<suffix>}. */
  record Fault(String suffix, int status, String error, Optional<Duration> retryAfter) {}

  private record Delay(Predicate<FakeSlackApi.Call> which, Duration delay) {}

  private final Map<String, Deque<Fault>> failures = new ConcurrentHashMap<>();
  private final Map<String, String> refusals = new ConcurrentHashMap<>();
  private final Map<String, Delay> delays = new ConcurrentHashMap<>();
  private final Map<String, Long> lastPost = new HashMap<>();
  private volatile Duration postInterval;
  private volatile CountDownLatch delaysEnd = new CountDownLatch(1);

  void failNext(String method, int status, int times, Optional<Duration> retryAfter) {
    Deque<Fault> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
    synchronized (queue) {
      for (int i = 0; i < times; i++) {
        queue.add(new Fault("failed", status, status == 429 ? "ratelimited" : "internal_error", retryAfter));
      }
    }
  }

  void refuse(String method, String error) {
    refusals.put(method, error);
  }

  void limitPostsPerChannel(Duration interval) {
    this.postInterval = interval;
  }

  void delay(String method, Predicate<FakeSlackApi.Call> which, Duration delay) {
    delays.put(method, new Delay(which, delay));
  }

  void noDelays() {
    delays.clear();
    CountDownLatch ending = delaysEnd;
    delaysEnd = new CountDownLatch(1);
    ending.countDown();
  }

  /** The fault this call meets, if any: a refusal first, then a queued failure, then the rate limit. */
  Optional<Fault> faultFor(String method, String channel) {
    Deque<Fault> queue = failures.get(method);
    Fault failure = null;
    if (queue != null) {
      synchronized (queue) {
        failure = queue.poll();
      }
    }
    String refusal = refusals.get(method);
    if (refusal != null) {
      return Optional.of(new Fault("refused", 200, refusal, Optional.empty()));
    }
    if (failure != null) {
      return Optional.of(failure);
    }
    if (tooSoon(method, channel)) {
      return Optional.of(new Fault("ratelimited", 429, "ratelimited", Optional.of(Duration.ofSeconds(1))));
    }
    return Optional.empty();
  }

  /** Holds the answer to a call the test wants slow; false if the wait was interrupted. */
  boolean awaitDelay(FakeSlackApi.Call call) {
    Delay delay = delays.get(call.method());
    if (delay == null || !delay.which().test(call)) {
      return true;
    }
    try {
      delaysEnd.await(delay.delay().toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Like Slack: a post to a channel sooner than the interval after the last accepted one there. */
  private boolean tooSoon(String method, String channel) {
    Duration interval = postInterval;
    if (interval == null || !method.equals("chat.postMessage")) {
      return false;
    }
    long now = System.nanoTime();
    synchronized (lastPost) {
      Long last = lastPost.get(channel);
      if (last != null && now - last < interval.toNanos()) {
        return true;
      }
      lastPost.put(channel, now);
      return false;
    }
  }
}
