package app.resell.imports.control.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.tabular.DateOrder;
import app.resell.tabular.DateOrderVotes;
import app.resell.tabular.TextDates;
import app.resell.taxonomy.entity.Platform;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextDatesProperties {

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 365 * 60)
        .map(d -> LocalDate.of(1975, 1, 1).plusDays(d));
  }

  @Property
  void everyWrittenFormReadsBackAsTheSameDate(@ForAll("dates") LocalDate date) {
    assertThat(TextDates.parse(date.toString(), DateOrder.DMY)).contains(date);
    assertThat(TextDates.parse(format(date, "M/d/yyyy"), DateOrder.MDY)).contains(date);
    assertThat(TextDates.parse(format(date, "dd/MM/yyyy"), DateOrder.DMY)).contains(date);
    assertThat(TextDates.parse(format(date, "d.M.yyyy"), DateOrder.DMY)).contains(date);
    assertThat(TextDates.parse(format(date, "MMM d, yyyy"), DateOrder.DMY)).contains(date);
    assertThat(TextDates.parse(format(date, "d MMMM yyyy"), DateOrder.MDY)).contains(date);
    assertThat(TextDates.parse(format(date, "d-MMM-yyyy"), DateOrder.MDY)).contains(date);
  }

  @Property
  void aDateThatOnlyFitsOneOrderDecidesTheFile(@ForAll("dates") LocalDate date) {
    DateOrderVotes votes = new DateOrderVotes();
    votes.observe(format(date, "dd/MM/yyyy"));
    if (date.getDayOfMonth() > 12) assertThat(votes.order()).isEqualTo(DateOrder.DMY);
    else assertThat(votes.decided()).isEqualTo(date.getMonthValue() > 12);
  }

  @Property
  void platformCellsListEveryKnownPlatformInOrder(
      @ForAll("platforms") List<Platform> platforms, @ForAll("separators") String separator) {
    String cell = String.join(separator, platforms.stream().map(Platform::value).toList());
    assertThat(PlatformNames.matchAll(cell))
        .extracting(PlatformMatch::platform)
        .containsExactlyElementsOf(platforms);
  }

  @Provide
  Arbitrary<List<Platform>> platforms() {
    return Arbitraries.of(Platform.values())
        .filter(p -> p != Platform.OTHER)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .uniqueElements();
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" / ", ", ", "; ", " & ", " + ", " | ", "/", ",");
  }

  private static String format(LocalDate date, String pattern) {
    return date.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
  }
}
