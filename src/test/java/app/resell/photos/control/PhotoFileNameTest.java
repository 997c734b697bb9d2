package app.resell.photos.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PhotoFileNameTest {

  @Test
  void theNumberAfterTheLastUnderscoreIsThePhotosPlace() {
    PhotoFileName name = PhotoFileName.of("shoot/day 1/SKU_12-A_3.JPG");
    assertThat(name.file()).isEqualTo("SKU_12-A_3.JPG");
    assertThat(name.key()).isEqualTo("SKU_12-A");
    assertThat(name.whole()).isEqualTo("SKU_12-A_3");
    assertThat(name.number()).isEqualTo(3);
  }

  @Test
  void aNameWithoutANumberIsTheWholeNameAndComesFirst() {
    PhotoFileName name = PhotoFileName.of("windows\\SKU-9.png");
    assertThat(name.key()).isEqualTo("SKU-9");
    assertThat(name.number()).isZero();
  }

  @Test
  void numbersAreOrderedAsNumbersNotAsText() {
    List<String> ordered =
        Stream.of("A_10.jpg", "A_2.jpg", "A.jpg", "A_1.jpg")
            .map(PhotoFileName::of)
            .sorted(PhotoFileName.ORDER)
            .map(PhotoFileName::file)
            .toList();
    assertThat(ordered).containsExactly("A.jpg", "A_1.jpg", "A_2.jpg", "A_10.jpg");
  }
}
