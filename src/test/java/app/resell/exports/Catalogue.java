package app.resell.exports;

import app.resell.testing.ResellServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Three items named with one unique word: an unlisted vase with every cost and storage fact, a bowl
 * listed on eBay and Etsy, and a lamp sold on Etsy with fees and shipping.
 */
record Catalogue(String word, UUID vase, UUID bowl, UUID lamp) {

  static Catalogue create(ResellServer server, String prefix) {
    String word = ExportData.unique(prefix);
    Map<String, Object> vase = new LinkedHashMap<>();
    vase.put("item_name", "Roseville " + word + " vase");
    vase.put("description", "Green glaze, 8 inch");
    vase.put("category", "pottery");
    vase.put("condition", "good");
    vase.put("quantity", 1);
    vase.put("bid_amount", new java.math.BigDecimal("20.00"));
    vase.put("buyers_premium", new java.math.BigDecimal("3.00"));
    vase.put("sales_tax", new java.math.BigDecimal("1.50"));
    vase.put("shipping_cost", new java.math.BigDecimal("5.00"));
    vase.put("acquisition_date", "2024-03-05T00:00:00Z");
    vase.put("acquisition_source", "Estate auction");
    vase.put("lot_number", "L-12");
    vase.put("invoice_id", "INV-" + word);
    vase.put("sku", word + "-A");
    vase.put("storage_location", "Garage");
    vase.put("storage_bin", "B2");
    vase.put("estimated_value", new java.math.BigDecimal("80.00"));
    vase.put("keywords", "[\"pottery\", \"roseville\"]");
    vase.put("notes", "Chip on base");
    UUID v = ExportData.item(server, vase);

    Map<String, Object> bowl = new LinkedHashMap<>();
    bowl.put("item_name", "Pyrex " + word + " bowl");
    bowl.put("category", "glass");
    bowl.put("condition", "excellent");
    bowl.put("quantity", 2);
    bowl.put("bid_amount", new java.math.BigDecimal("12.00"));
    bowl.put("acquisition_date", "2024-04-01T00:00:00Z");
    bowl.put("sku", word + "-B");
    bowl.put("estimated_value", new java.math.BigDecimal("45.00"));
    UUID b = ExportData.item(server, bowl);
    ExportData.listing(
        server,
        b,
        "ebay",
        "active",
        "45.00",
        "https://www.ebay.com/itm/1234",
        null,
        null,
        null,
        null,
        null);
    ExportData.listing(server, b, "etsy", "active", "49.50", null, null, null, null, null, null);

    Map<String, Object> lamp = new LinkedHashMap<>();
    lamp.put("item_name", "Brass " + word + " lamp");
    lamp.put("category", "vintage");
    lamp.put("condition", "fair");
    lamp.put("quantity", 1);
    lamp.put("bid_amount", new java.math.BigDecimal("15.00"));
    lamp.put("buyers_premium", new java.math.BigDecimal("2.25"));
    lamp.put("acquisition_date", "2024-05-01T00:00:00Z");
    lamp.put("sku", word + "-C");
    UUID l = ExportData.item(server, lamp);
    ExportData.listing(
        server,
        l,
        "etsy",
        "sold",
        "60.00",
        "https://www.etsy.com/listing/987",
        "55.00",
        "2024-06-10T00:00:00Z",
        "7.15",
        "9.00",
        "8.25");
    return new Catalogue(word, v, b, l);
  }
}
