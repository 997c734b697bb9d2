package app.resell.imports.control.sheet;

/** Typo tolerance for headers and platform names: "Quanity", "Charish", "Mecari". */
final class EditDistance {

  private EditDistance() {}

  /** Whether one insertion, deletion, substitution or swap of neighbours turns a into b. */
  static boolean withinOne(String a, String b) {
    if (a.equals(b)) return true;
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) return false;
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) return true;
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la > lb
        ? a.substring(i + 1).equals(b.substring(i))
        : b.substring(i + 1).equals(a.substring(i));
  }
}
