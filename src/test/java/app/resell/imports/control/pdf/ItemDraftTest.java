package app.resell.imports.control.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemDraftTest {

  private static ItemDraft draft(String... lines) {
    ItemDraft d = new ItemDraft(new TextLine(1, 1, 10, 10, List.of()), "12");
    float y = 10;
    for (String line : lines) d.description.add(new WrappedLines.Part(y += 12, line, line));
    return d;
  }

  @Test
  void aWordHyphenatedAtTheLineEndIsJoinedAgain() {
    assertThat(draft("Federal style ma-", "hogany card table, re-", "stored").descriptionText())
        .isEqualTo("Federal style mahogany card table, restored");
  }

  @Test
  void compoundsKeepTheirHyphenAndCapitalsStartANewWord() {
    assertThat(draft("Teak sideboard, mid-", "century, hand-", "painted").descriptionText())
        .isEqualTo("Teak sideboard, mid-century, hand-painted");
    assertThat(draft("Coca-", "Cola cooler").descriptionText()).isEqualTo("Coca-Cola cooler");
  }

  @Test
  void fieldLabelsAreNoPartOfTheTitle() {
    assertThat(draft("Description: Art deco lamp").descriptionText()).isEqualTo("Art deco lamp");
  }
}
