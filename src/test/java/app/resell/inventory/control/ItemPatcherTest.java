package app.resell.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.problems.control.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemPatcherTest {

  private static ItemFields item() {
    ItemFields f = new ItemFields();
    f.itemName = "Victorian oak chair";
    f.category = "furniture";
    f.quantity = 1;
    f.estimatedValue = new BigDecimal("12.50");
    f.keywords = List.of("oak", "chair");
    return f;
  }

  private static ItemFields patch(String ops) {
    return ItemPatcher.apply(item(), ItemPatcher.parse(ops));
  }

  private static int status(Runnable action) {
    try {
      action.run();
    } catch (ProblemException e) {
      return e.status();
    }
    throw new AssertionError("no problem raised");
  }

  @Test
  void replacesAddsRemovesMovesAndCopies() {
    ItemFields result =
        patch(
            """
            [{"op": "replace", "path": "/item_name", "value": "Oak chair"},
             {"op": "add", "path": "/description", "value": "Sturdy"},
             {"op": "add", "path": "/keywords/-", "value": "victorian"},
             {"op": "remove", "path": "/keywords/0"},
             {"op": "copy", "from": "/item_name", "path": "/notes"},
             {"op": "move", "from": "/description", "path": "/seasonality_notes"},
             {"op": "replace", "path": "/estimated_value", "value": 40}]
            """);
    assertThat(result.itemName).isEqualTo("Oak chair");
    assertThat(result.keywords).containsExactly("chair", "victorian");
    assertThat(result.notes).isEqualTo("Oak chair");
    assertThat(result.description).isNull();
    assertThat(result.seasonalityNotes).isEqualTo("Sturdy");
    assertThat(result.estimatedValue).isEqualByComparingTo("40");
  }

  @Test
  void replaceWorksOnAnEmptyField() {
    assertThat(patch("[{\"op\": \"replace\", \"path\": \"/notes\", \"value\": \"x\"}]").notes)
        .isEqualTo("x");
  }

  @Test
  void testComparesNumbersByValue() {
    assertThat(
            patch(
                    """
                    [{"op": "test", "path": "/estimated_value", "value": 12.5},
                     {"op": "replace", "path": "/quantity", "value": 2}]""")
                .quantity)
        .isEqualTo(2);
  }

  @Test
  void failedTestIsConflict() {
    assertThat(
            status(() -> patch("[{\"op\": \"test\", \"path\": \"/item_name\", \"value\": \"x\"}]")))
        .isEqualTo(409);
  }

  @Test
  void readOnlyAndUnknownFieldsAreRejected() {
    for (String field : List.of("lot_id", "total_cost", "cost_per_item", "version", "created_at")) {
      assertThatThrownBy(
              () ->
                  ItemPatcher.parse(
                      "[{\"op\": \"replace\", \"path\": \"/" + field + "\", \"value\": 1}]"))
          .isInstanceOf(ProblemException.class)
          .hasMessageContaining("read-only");
    }
    assertThatThrownBy(
            () -> ItemPatcher.parse("[{\"op\": \"add\", \"path\": \"/colour\", \"value\": 1}]"))
        .hasMessageContaining("item_name");
    assertThatThrownBy(
            () ->
                ItemPatcher.parse(
                    "[{\"op\": \"move\", \"from\": \"/total_cost\", \"path\": \"/notes\"}]"))
        .hasMessageContaining("read-only");
  }

  @Test
  void malformedPatchesAreBadRequests() {
    for (String body :
        List.of(
            "{}",
            "[]",
            "not json",
            "[{\"op\": \"jump\", \"path\": \"/notes\"}]",
            "[{\"op\": \"add\", \"path\": \"/notes\"}]",
            "[{\"op\": \"add\", \"path\": \"\", \"value\": {}}]",
            "[{\"op\": \"add\", \"path\": \"/item_name/x\", \"value\": 1}]")) {
      assertThat(status(() -> ItemPatcher.parse(body))).as(body).isEqualTo(400);
    }
    assertThat(status(() -> patch("[{\"op\": \"remove\", \"path\": \"/keywords/9\"}]")))
        .isEqualTo(400);
    assertThat(
            status(
                () ->
                    patch("[{\"op\": \"replace\", \"path\": \"/quantity\", \"value\": \"many\"}]")))
        .isEqualTo(400);
    assertThat(
            status(() -> patch("[{\"op\": \"replace\", \"path\": \"/quantity\", \"value\": 1.5}]")))
        .isEqualTo(400);
    assertThat(
            status(
                () ->
                    patch(
                        "[{\"op\": \"replace\", \"path\": \"/needs_repair\", \"value\": \"yes\"}]")))
        .isEqualTo(400);
  }

  @Test
  void editableFieldsAreExactlyTheDocumentsFields() {
    assertThat(ItemPatcher.document(item()).keySet())
        .containsExactlyInAnyOrderElementsOf(ItemFields.EDITABLE);
  }
}
