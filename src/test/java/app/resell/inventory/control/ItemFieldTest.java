package app.resell.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The field table gives every derived list exactly what was declared by hand before it. */
class ItemFieldTest {

  @Test
  void editableAndReadOnlyFieldsAreThePatchVocabulary() {
    assertThat(ItemFields.EDITABLE)
        .containsExactlyInAnyOrder(
            "invoice_id",
            "auction_id",
            "lot_number",
            "sku",
            "item_name",
            "description",
            "category",
            "subcategory",
            "condition",
            "quantity",
            "bid_amount",
            "buyers_premium",
            "sales_tax",
            "shipping_cost",
            "other_fees",
            "acquisition_date",
            "acquisition_source",
            "location_id",
            "storage_location",
            "storage_bin",
            "estimated_value",
            "market_demand",
            "seasonality_notes",
            "needs_repair",
            "is_consignment",
            "is_returned",
            "needs_review",
            "keywords",
            "notes");
    assertThat(ItemFields.READ_ONLY)
        .containsExactlyInAnyOrder(
            "lot_id",
            "version",
            "total_cost",
            "cost_per_item",
            "roi",
            "days_listed",
            "quantity_sold",
            "parent_lot_id",
            "qr_code",
            "auto_categorized",
            "category_confidence",
            "condition_confidence",
            "import_job_id",
            "created_by",
            "created_at",
            "updated_at",
            "deleted_at");
  }

  @Test
  void anImportStagesTheColumnsItAlwaysDid() {
    assertThat(ItemField.with(ItemField.Flag.STAGED))
        .extracting(ItemField::column)
        .containsExactlyInAnyOrder(
            "source_line",
            "lot_number",
            "invoice_id",
            "invoice_record_id",
            "auction_id",
            "sku",
            "item_name",
            "description",
            "category",
            "condition",
            "auto_categorized",
            "needs_review",
            "category_confidence",
            "condition_confidence",
            "quantity",
            "bid_amount",
            "buyers_premium",
            "sales_tax",
            "shipping_cost",
            "other_fees",
            "acquisition_date",
            "acquisition_source",
            "storage_location",
            "storage_bin",
            "estimated_value",
            "keywords",
            "notes");
    assertThat(ItemField.CATEGORY.insertSql()).isEqualTo("CAST(category AS item_category)");
    assertThat(ItemField.CONDITION.insertSql()).isEqualTo("CAST(condition AS item_condition)");
    assertThat(ItemField.ACQUISITION_DATE.insertSql())
        .isEqualTo("coalesce(acquisition_date, now())");
    assertThat(ItemField.CATEGORY_CONFIDENCE.stagingType()).isEqualTo("numeric");
    assertThat(ItemField.KEYWORDS.stagingType()).isEqualTo("jsonb");
  }

  @Test
  void theJsonExportHasEveryStoredColumnButTheSearchVectorInTableOrder() {
    ItemFilter all =
        ItemFilter.parse(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null);
    assertThat(ItemExportSql.everyColumn(all, false).sql())
        .contains(
            " SELECT i.lot_id, i.invoice_id, i.invoice_record_id, i.auction_id, i.lot_number,"
                + " i.sku, i.parent_lot_id, i.item_name, i.description, i.category, i.subcategory,"
                + " i.condition, i.quantity, i.quantity_sold, i.bid_amount, i.buyers_premium,"
                + " i.sales_tax, i.shipping_cost, i.other_fees, i.total_cost, i.cost_per_item,"
                + " i.acquisition_date, i.acquisition_source, i.location_id, i.storage_location,"
                + " i.storage_bin, i.qr_code, i.estimated_value, i.market_demand,"
                + " i.seasonality_notes, i.needs_repair, i.is_consignment, i.is_returned,"
                + " i.needs_review, i.auto_categorized, i.category_confidence,"
                + " i.condition_confidence, i.keywords, i.notes, i.import_job_id, i.created_at,"
                + " i.updated_at, i.deleted_at, i.version FROM ordered f");
  }

  @Test
  void exportedFieldsKeepTheExportsItemColumns() {
    assertThat(ItemField.with(ItemField.Flag.EXPORTED))
        .extracting(ItemField::json)
        .containsExactlyElementsOf(
            List.of(
                "lot_id",
                "invoice_id",
                "auction_id",
                "lot_number",
                "sku",
                "item_name",
                "description",
                "category",
                "subcategory",
                "condition",
                "quantity",
                "quantity_sold",
                "bid_amount",
                "buyers_premium",
                "sales_tax",
                "shipping_cost",
                "other_fees",
                "total_cost",
                "cost_per_item",
                "acquisition_date",
                "acquisition_source",
                "storage_location",
                "storage_bin",
                "estimated_value",
                "market_demand",
                "seasonality_notes",
                "needs_repair",
                "is_consignment",
                "is_returned",
                "keywords",
                "notes",
                "created_at",
                "updated_at"));
    assertThat(ItemField.LOT_ID.exportSql()).isEqualTo("CAST(i.lot_id AS text)");
    assertThat(ItemField.MARKET_DEMAND.exportSql()).isEqualTo("CAST(i.market_demand AS text)");
    assertThat(ItemField.ACQUISITION_DATE.exportSql())
        .isEqualTo("CAST(i.acquisition_date AT TIME ZONE 'UTC' AS date)");
    assertThat(ItemField.KEYWORDS.exportSql())
        .isEqualTo("array_to_string(ARRAY(SELECT jsonb_array_elements_text(i.keywords)), ', ')");
    assertThat(ItemField.NOTES.exportSql()).isEqualTo("i.notes");
  }
}
