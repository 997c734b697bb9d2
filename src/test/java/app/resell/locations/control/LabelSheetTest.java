package app.resell.locations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT) // long and pure: runs beside the other unit tests
class LabelSheetTest {

  @Test
  void thirtyLabelsFillAPageAndTheRestStartTheNext() throws Exception {
    List<LabelSheet.Label> labels = new ArrayList<>();
    for (int i = 1; i <= 31; i++) {
      labels.add(new LabelSheet.Label("RESELL-LOC:S" + i, "S" + i, "Shelf number " + i));
    }
    try (PDDocument pdf = Loader.loadPDF(LabelSheet.pdf(labels))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Shelf number 1", "Shelf number 30", "Shelf number 31");
    }
  }

  @Test
  void unprintableCharactersAndLongNamesAreTamed() {
    assertThat(LabelSheet.fit("Tea set \u2615 for twelve people, gilt", 12))
        .isEqualTo("Tea set ? f~");
  }
}
