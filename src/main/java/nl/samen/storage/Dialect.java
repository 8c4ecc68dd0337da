package nl.samen.storage;

/**
 * The SQL dialects Samen runs on. Repositories write SQL both accept; what must differ (the
 * migrations of V1 to V9) is chosen here, in one place.
 */
public enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** Flyway's locations: the migrations both accept and this dialect's own. */
  String[] migrations() {
    return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + folder};
  }
}
