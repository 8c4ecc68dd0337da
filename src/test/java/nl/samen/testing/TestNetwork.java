package nl.samen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * The usual start of an end-to-end test: the app at a moment, the test channel set up as a network.
 * Meant for a field that JUnit closes after each test:
 * {@code @AutoClose private final TestApp app = TestNetwork.start();}
 */
public final class TestNetwork {
  /** Monday 23 November 2026, 09:00 in Amsterdam: the tests' usual now. */
  public static final String MONDAY = "2026-11-23T08:00:00Z";

  private TestNetwork() {}

  /** At {@link #MONDAY}, the coordinator having set up network "IB-netwerk". */
  public static TestApp start() {
    return start(MONDAY, "setup \"IB-netwerk\"");
  }

  /** At {@link #MONDAY}, with no network yet: for tests of the setup itself. */
  public static TestApp notSetUp() {
    return start(MONDAY, app -> { });
  }

  /** At {@code now}, the coordinator having typed {@code setup} (e.g. {@code setup "IB" required}). */
  public static TestApp start(String now, String setup) {
    return start(now, app -> app.command(TestApp.COORDINATOR, setup));
  }

  /** At {@code now}, after {@code setUp}; a set-up that fails closes the app, as no test will. */
  public static TestApp start(String now, Consumer<TestApp> setUp) {
    TestApp app;
    try {
      app = new TestApp(MutableClock.at(now));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      setUp.accept(app);
      return app;
    } catch (RuntimeException | Error e) {
      app.close();
      throw e;
    }
  }
}
