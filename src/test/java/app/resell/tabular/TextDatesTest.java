package app.resell.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-04|MDY|2024-03-04",
        "2024/3/4|DMY|2024-03-04",
        "3/4/2024|MDY|2024-03-04",
        "3/4/2024|DMY|2024-04-03",
        "03-04-24|MDY|2024-03-04",
        "04.03.2024|DMY|2024-03-04",
        "Mar 4 2024|DMY|2024-03-04",
        "Mar 4, 2024|MDY|2024-03-04",
        "March 4th, 2024|MDY|2024-03-04",
        "4 Mar 2024|MDY|2024-03-04",
        "4-Mar-24|MDY|2024-03-04",
        "Mon, Mar 4, 2024|MDY|2024-03-04",
        "3/4/2024 10:15 AM|MDY|2024-03-04",
        "2024-03-04T10:15:00|MDY|2024-03-04",
        "20240304|MDY|2024-03-04",
        "45355|MDY|2024-03-04",
        "12/31/99|MDY|1999-12-31",
      })
  void readsCommonDateFormats(String text, DateOrder order, LocalDate expected) {
    assertThat(TextDates.parse(text, order)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"soon", "13/13/2024", "2024-02-30", "12", "Mar 2024", "1/2"})
  void refusesWhatIsNoDate(String text) {
    assertThat(TextDates.parse(text, DateOrder.MDY)).isEmpty();
  }

  @Test
  void aDayAboveTwelveMakesTheFileDayFirst() {
    DateOrderVotes votes = new DateOrderVotes();
    votes.observe("03/04/2024");
    assertThat(votes.order()).isEqualTo(DateOrder.MDY);
    assertThat(votes.ambiguous()).isTrue();
    votes.observe("25/03/2024");
    assertThat(votes.order()).isEqualTo(DateOrder.DMY);
    assertThat(votes.ambiguous()).isFalse();
    assertThat(votes.conflict()).isFalse();
  }

  @Test
  void aSecondPartAboveTwelveMakesItMonthFirst() {
    DateOrderVotes votes = new DateOrderVotes();
    votes.observe("03/25/2024");
    votes.observe("2024-12-25");
    assertThat(votes.order()).isEqualTo(DateOrder.MDY);
    assertThat(votes.ambiguous()).isFalse();
    votes.observe("25/03/2024");
    assertThat(votes.conflict()).isTrue();
  }

  @Test
  void isoAndNamedMonthsDoNotVote() {
    DateOrderVotes votes = new DateOrderVotes();
    votes.observe("2024-03-04");
    votes.observe("Mar 25 2024");
    assertThat(votes.decided()).isFalse();
    assertThat(votes.ambiguous()).isFalse();
  }
}
