package nl.samen.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Where Quartz keeps its triggers. On SQLite (one instance) in memory: the database is the truth and
 * the triggers are rebuilt at every start. On PostgreSQL in Quartz's clustered JDBC store (its qrtz_
 * tables, through Samen's own connection pool), so that each wake-up fires on one live instance and
 * a dead instance's wake-ups are taken over by the others.
 */
final class QuartzStores {
  private static final AtomicInteger NEXT = new AtomicInteger();

  private QuartzStores() {}

  static Properties common(String name) {
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", name);
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    // A restart is the main "misfire" here and our own tables catch up on it; within a run a
    // late trigger should still fire, so the threshold is generous.
    properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    properties.setProperty("org.quartz.threadPool.threadCount", "2");
    properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    properties.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    return properties;
  }

  static Properties inMemory(String name) {
    Properties properties = common(name);
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    return properties;
  }

  /** Every instance of one cluster must use the same scheduler name; the instance id tells them apart. */
  static Properties clustered(String name, ClusterSettings cluster, DataSource pool) {
    // Quartz finds its data source by name in a JVM-wide registry: one name per scheduler started.
    String dataSource = "samen-quartz-" + NEXT.incrementAndGet();
    DBConnectionManager.getInstance().addConnectionProvider(dataSource, new PoolProvider(pool));
    Properties properties = common(name);
    properties.setProperty("org.quartz.scheduler.instanceId", cluster.instanceId().orElse("AUTO"));
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    properties.setProperty("org.quartz.jobStore.driverDelegateClass",
        "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    properties.setProperty("org.quartz.jobStore.dataSource", dataSource);
    properties.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
    properties.setProperty("org.quartz.jobStore.isClustered", "true");
    properties.setProperty("org.quartz.jobStore.clusterCheckinInterval",
        Long.toString(cluster.checkinInterval().toMillis()));
    // Instances take triggers under Quartz's row lock, so two never fire the same one.
    properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    return properties;
  }

  /** Samen's pool lent to Quartz; Samen closes it, not Quartz. */
  private record PoolProvider(DataSource pool) implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
      return pool.getConnection();
    }

    @Override
    public void shutdown() {}

    @Override
    public void initialize() {}
  }
}
