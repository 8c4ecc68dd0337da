package nl.samen.focus;

/** Whether two words are at most one edit apart (insert, delete, replace or swap two neighbours). */
final class EditDistance {
  private EditDistance() {}

  static boolean atMostOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int start = 0;
    while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    if (a.length() == b.length()) {
      String restA = a.substring(start);
      String restB = b.substring(start);
      if (restA.isEmpty() || restA.substring(1).equals(restB.substring(1))) {
        return true;
      }
      return restA.length() >= 2 && restA.charAt(0) == restB.charAt(1)
          && restA.charAt(1) == restB.charAt(0) && restA.substring(2).equals(restB.substring(2));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.substring(start + 1).equals(shorter.substring(start));
  }
}
