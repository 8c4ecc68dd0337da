package nl.samen.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samen.storage.Database;
import nl.samen.storage.DatabaseTarget;
import nl.samen.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads take and give up seats in one small workshop over and over, straight on the
 * repository, so that a race between counting the seats and taking one has many chances to show.
 */
class SeatTakingStressTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 40;
  private static final int CAPACITY = 3;

  private Database database;
  private WorkshopRepository repository;
  private Workshop workshop;

  private void open(Database opened) {
    database = opened;
    long meeting = database.jdbi().withHandle(h -> {
      h.execute("""
          insert into network (team_id, channel_id, name, time_zone, created_by, created_at)
          values ('T', 'C', 'IB', 'Europe/Amsterdam', 'U', '2026-01-01T00:00:00Z')""");
      return h.createUpdate("""
          insert into meeting (team_id, network_id, title, kind, local_date, start_time, time_zone, starts_at,
                               created_by, created_at, updated_at)
          values ('T', 1, 'Dag', 'networkday', '2026-12-03', '09:30', 'Europe/Amsterdam',
                  '2026-12-03T08:30:00Z', 'U', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')""")
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    });
    repository = new WorkshopRepository(database.jdbi());
    workshop = repository.insert("T", meeting, new WorkshopDraft("Rekenen", CAPACITY, 1, Optional.empty(),
        Optional.empty()), "U", Instant.parse("2026-11-23T08:00:00Z"));
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void takingAndGivingUpSeatsConcurrently_neverSeatsMoreThanTheCapacity() throws Exception {
    open(Database.open(Files.createTempDirectory("samen-stress").resolve("test.db")));
    takeAndGiveUpConcurrently();
  }

  /** PostgreSQL lets transactions overlap unless they wait in line as on SQLite: they must. */
  @Test
  void onPostgresql_takingAndGivingUpSeatsConcurrently_neverSeatsMoreThanTheCapacity() throws Exception {
    Map<String, String> env = TestDatabase.freshPostgres();
    open(Database.open(new DatabaseTarget.Postgres(env.get("SAMEN_DATABASE_URL"),
        env.get("SAMEN_DATABASE_USER"), env.get("SAMEN_DATABASE_PASSWORD"), THREADS)));
    takeAndGiveUpConcurrently();
  }

  private void takeAndGiveUpConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger mostSeated = new AtomicInteger();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String user = "U" + t;
      work.add(pool.submit(() -> {
        go.await();
        for (int i = 0; i < ROUNDS; i++) {
          repository.take(1, workshop, user, user, Instant.parse("2026-11-23T08:00:00Z"));
          mostSeated.accumulateAndGet(seated(), Math::max);
          repository.release("T", 1, workshop.meetingId(), user, Optional.of(workshop.id()));
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();

    assertThat(mostSeated.get()).isEqualTo(CAPACITY);
    assertThat(seated()).isZero();
  }

  private int seated() {
    return database.jdbi().withHandle(h -> h.createQuery(
            "select count(*) from workshop_choice where workshop_id = :w and status = 'seated'")
        .bind("w", workshop.id()).mapTo(Integer.class).one());
  }
}
