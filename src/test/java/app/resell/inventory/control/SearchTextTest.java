package app.resell.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void wordsArePrefixesAndAnded() {
    assertThat(SearchText.toTsQuery("vict chair")).isEqualTo("vict:* & chair:*");
  }

  @Test
  void phrasesOrAndExclusionsFollowWebSearch() {
    assertThat(SearchText.toTsQuery("\"oak table\" -broken"))
        .isEqualTo("(oak <-> table) & !broken:*");
    assertThat(SearchText.toTsQuery("lamp or vase")).isEqualTo("lamp:* | vase:*");
    assertThat(SearchText.toTsQuery("brass lamp or vase")).isEqualTo("brass:* & (lamp:* | vase:*)");
  }

  @Test
  void querySyntaxInInputIsDropped() {
    assertThat(SearchText.toTsQuery("a&b|!c:*')")).isEqualTo("(a:* <-> b:* <-> c:*)");
    assertThat(SearchText.toTsQuery("  &|! ")).isNull();
  }
}
