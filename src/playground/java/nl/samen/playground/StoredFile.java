package nl.samen.playground;

/** A file the bot uploaded, kept in memory so that the page can offer it for download. */
public record StoredFile(String id, String name, String title, byte[] content) {
  public StoredFile withContent(byte[] bytes) {
    return new StoredFile(id, name, title, bytes);
  }

  public StoredFile withTitle(String newTitle) {
    return new StoredFile(id, name, newTitle == null || newTitle.isBlank() ? title : newTitle, content);
  }
}
