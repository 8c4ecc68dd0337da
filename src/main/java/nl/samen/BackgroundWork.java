package nl.samen;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's background threads (App Home publishes, slow command answers), counting the work in
 * hand, queued or running, so that "nothing left to do" can be awaited instead of slept for.
 */
final class BackgroundWork extends ThreadPoolExecutor {
  private final AtomicInteger inHand = new AtomicInteger();

  BackgroundWork(int threads, ThreadFactory threadFactory) {
    super(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threadFactory);
  }

  @Override
  public void execute(Runnable task) {
    // Counted before it is queued: work a task hands on is counted before its own count ends.
    inHand.incrementAndGet();
    try {
      super.execute(() -> {
        try {
          task.run();
        } finally {
          inHand.decrementAndGet();
        }
      });
    } catch (RejectedExecutionException e) {
      inHand.decrementAndGet();
      throw e;
    }
  }

  boolean idle() {
    return inHand.get() == 0;
  }
}
