package nl.samen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent so far by this JVM and, on PostgreSQL, by the server's processes (its postmaster
 * and every backend, found by the postmaster's pid in its data directory). Linux only: read from /proc.
 */
final class CpuMeter {
  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
  private final Long postmaster;

  CpuMeter(String postgresDataDirectory) throws IOException {
    this.postmaster = postgresDataDirectory == null ? null
        : Long.parseLong(Files.readAllLines(Path.of(postgresDataDirectory, "postmaster.pid")).get(0).trim());
  }

  long jvmNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The server's own time, its backends' and that of backends that ended (counted into the server's). */
  long postgresNanos() throws IOException {
    if (postmaster == null) {
      return 0;
    }
    long ticks = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        String[] stat = stat(process);
        if (stat == null) {
          continue;
        }
        long pid = Long.parseLong(process.getFileName().toString());
        if (pid == postmaster) {
          ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]) + Long.parseLong(stat[15]) + Long.parseLong(stat[16]);
        } else if (Long.parseLong(stat[3]) == postmaster) {
          ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
        }
      }
    }
    return (long) (ticks / TICKS_PER_SECOND * 1e9);
  }

  /** The fields of /proc/<pid>/stat, the command name (which may hold spaces) made one field. */
  private static String[] stat(Path process) {
    try {
      String line = Files.readString(process.resolve("stat"));
      String afterName = line.substring(line.lastIndexOf(')') + 2);
      String[] rest = afterName.split(" ");
      String[] fields = new String[rest.length + 2];
      fields[0] = line.substring(0, line.indexOf(' '));
      fields[1] = "name";
      System.arraycopy(rest, 0, fields, 2, rest.length);
      return fields;
    } catch (IOException | RuntimeException e) {
      return null; // the process ended meanwhile
    }
  }
}
