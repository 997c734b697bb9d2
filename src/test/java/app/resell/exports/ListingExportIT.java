package app.resell.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.resell.photos.TestImages;
import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The listing export (issue 18, "Listings out") over HTTP: items, draft listings and photos made
 * through the API, then the eBay bulk-upload file and the generic CSV read cell by cell.
 */
@ResellIT
class ListingExportIT {

  static final String LISTINGS = "/api/v1/export/listings";
  static final String EBAY_HEADER =
      "*Action(SiteID=US|Country=US|Currency=USD|Version=1193|CC=UTF-8),CustomLabel,*Category,"
          + "*Title,*ConditionID,*StartPrice,*Quantity,*Description,PicURL,*Format,*Duration";
  static final String SHOP = "shop.example:8080";

  @Test
  void ebayFileAndGenericCsvCarryTheDraftsWithTheirPhotos(Api api) {
    String word = ExportData.unique("lstx");
    String lampName =
        word + " Vintage Mid Century Modern Brass Table Lamp with Original Linen Shade Works Great";
    String lamp =
        item(
            api,
            Map.of(
                "item_name",
                lampName,
                "sku",
                "LX-" + word,
                "condition",
                "mint",
                "quantity",
                3,
                "description",
                "Works.\nSigned \"Stiffel\" & <b>"));
    String first = photo(api, lamp, 40, 30);
    String second = photo(api, lamp, 30, 40);
    draft(api, lamp, "ebay", "45.5", Map.of());
    draft(api, lamp, "etsy", "49.00", Map.of());
    String clock =
        item(
            api,
            Map.of(
                "item_name", word + " mantel clock",
                "condition", "parts",
                "description", "Item text"));
    draft(
        api,
        clock,
        "ebay",
        "12",
        Map.of("listing_title", "Seth Thomas clock " + word, "listing_description", "For repair"));
    draft(api, clock, "etsy", "15.25", Map.of());
    String bowl = item(api, Map.of("item_name", "=2+3 " + word + " bowl", "condition", "good"));
    draft(api, bowl, "etsy", "8.00", Map.of());
    String live = item(api, Map.of("item_name", word + " live vase", "condition", "good"));
    listing(api, live, "ebay", "active", "30.00", Map.of()); // not a draft: not in the file
    String soldOut = item(api, Map.of("item_name", word + " sold chair", "condition", "good"));
    draft(api, soldOut, "ebay", "70.00", Map.of());
    String sold = listing(api, soldOut, "etsy", "active", "75.00", Map.of());
    api.as("staff")
        .body(Map.of("sold_price", new BigDecimal("75.00")))
        .post("/api/v1/listings/" + sold + "/sale")
        .then()
        .statusCode(201);

    Response ebay = export(api, "ebay", word);
    ebay.then()
        .statusCode(200)
        .contentType(containsString("text/csv"))
        .contentType(containsString("charset=UTF-8"))
        .header(
            "Content-Disposition",
            equalTo(
                "attachment; filename=\"resell-listings-ebay-"
                    + LocalDate.now(ZoneOffset.UTC)
                    + ".csv\""));
    String text = new String(ebay.asByteArray(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF" + EBAY_HEADER + "\r\n");
    List<CSVRecord> rows = ExportData.parseCsv(ebay.asByteArray());
    assertThat(rows)
        .extracting(r -> r.get("CustomLabel"))
        .containsExactlyInAnyOrder("LX-" + word, clock);
    CSVRecord lampLine = by(rows, "CustomLabel", "LX-" + word);
    assertThat(lampLine.get(0)).isEqualTo("Add");
    assertThat(lampLine.get("*Category")).isEmpty();
    assertThat(lampLine.get("*Title"))
        .isEqualTo(word + " Vintage Mid Century Modern Brass Table Lamp with Original Linen")
        .hasSizeLessThanOrEqualTo(80);
    assertThat(lampLine.get("*ConditionID")).isEqualTo("1000");
    assertThat(lampLine.get("*StartPrice")).isEqualTo("45.50");
    assertThat(lampLine.get("*Quantity")).isEqualTo("3");
    assertThat(lampLine.get("*Description"))
        .isEqualTo("Works.<br>Signed &quot;Stiffel&quot; &amp; &lt;b&gt;");
    String[] links = lampLine.get("PicURL").split("\\|");
    assertThat(links).hasSize(2);
    assertThat(links[0]).matches(signedLink(first));
    assertThat(links[1]).matches(signedLink(second));
    assertThat(lampLine.get("*Format")).isEqualTo("FixedPrice");
    assertThat(lampLine.get("*Duration")).isEqualTo("GTC");
    CSVRecord clockLine = by(rows, "CustomLabel", clock);
    assertThat(clockLine.get("*Title")).isEqualTo("Seth Thomas clock " + word);
    assertThat(clockLine.get("*ConditionID")).isEqualTo("7000");
    assertThat(clockLine.get("*StartPrice")).isEqualTo("12.00");
    assertThat(clockLine.get("*Quantity")).isEqualTo("1");
    assertThat(clockLine.get("*Description")).isEqualTo("For repair");
    assertThat(clockLine.get("PicURL")).isEmpty();
    // eBay fetches the pictures without signing in: the signed link serves the image to anyone,
    // a changed link is refused, and without a link the photo still needs the sign-in
    String link = links[0].substring(("http://" + SHOP).length());
    api.anonymous().get(link).then().statusCode(200).contentType("image/png");
    String flipped = link.substring(0, link.length() - 1) + (link.endsWith("0") ? "1" : "0");
    api.anonymous()
        .get(flipped)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("not valid"));
    api.anonymous()
        .get(link.replaceAll("expires=\\d+", "expires=4102444800"))
        .then()
        .statusCode(403);
    api.anonymous().get("/api/v1/photos/" + first).then().statusCode(401);
    api.as("viewer").get("/api/v1/photos/" + first).then().statusCode(200).contentType("image/png");

    Response etsy = export(api, "etsy", word);
    etsy.then()
        .statusCode(200)
        .header("Content-Disposition", containsString("resell-listings-etsy-"));
    assertThat(new String(etsy.asByteArray(), StandardCharsets.UTF_8))
        .startsWith("\uFEFFsku,title,condition,price,quantity,description,photo_urls\r\n");
    List<CSVRecord> csv = ExportData.parseCsv(etsy.asByteArray());
    assertThat(csv)
        .extracting(r -> r.get("sku"))
        .containsExactlyInAnyOrder("LX-" + word, clock, bowl);
    CSVRecord lampRow = by(csv, "sku", "LX-" + word);
    assertThat(lampRow.get("title")).isEqualTo(lampName);
    assertThat(lampRow.get("condition")).isEqualTo("mint");
    assertThat(lampRow.get("price")).isEqualTo("49.00");
    assertThat(lampRow.get("quantity")).isEqualTo("3");
    assertThat(lampRow.get("description")).isEqualTo("Works.\nSigned \"Stiffel\" & <b>");
    assertThat(lampRow.get("photo_urls").split("\\|"))
        .satisfiesExactly(
            one -> assertThat(one).matches(signedLink(first)),
            two -> assertThat(two).matches(signedLink(second)));
    CSVRecord clockRow = by(csv, "sku", clock);
    assertThat(clockRow.get("title")).isEqualTo(word + " mantel clock");
    assertThat(clockRow.get("condition")).isEqualTo("parts");
    assertThat(clockRow.get("price")).isEqualTo("15.25");
    assertThat(clockRow.get("description")).isEqualTo("Item text");
    assertThat(by(csv, "sku", bowl).get("title")).isEqualTo("'=2+3 " + word + " bowl");
    assertThat(by(csv, "sku", bowl).get("description")).isEmpty();
  }

  @Test
  void aWrongPlatformIsRefusedNamingTheAllowedOnesAndTheSameRequestWithARightOneIsServed(Api api) {
    String word = ExportData.unique("lstxbad");
    api.as("viewer")
        .queryParam("platform", "ebayy")
        .queryParam("search", word)
        .get(LISTINGS)
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("platform"))
        .body("errors[0].message", containsString("'ebayy' is not allowed"))
        .body("errors[0].message", containsString("ebay, etsy"));
    api.as("viewer")
        .queryParam("platform", "ebay")
        .queryParam("search", word)
        .get(LISTINGS)
        .then()
        .statusCode(200);
    api.as("viewer")
        .queryParam("search", word)
        .get(LISTINGS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("platform"))
        .body("errors[0].message", containsString("is required"));
    api.as("viewer")
        .queryParam("platform", "ebay")
        .queryParam("include_deleted", "true")
        .get(LISTINGS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("include_deleted"));
    api.anonymous().queryParam("platform", "ebay").get(LISTINGS).then().statusCode(401);
  }

  private static Response export(Api api, String platform, String word) {
    return api.as("viewer")
        .header("Host", SHOP)
        .queryParam("platform", platform)
        .queryParam("search", word)
        .get(LISTINGS);
  }

  private static String item(Api api, Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.put("bid_amount", new BigDecimal("10.00"));
    body.put("category", "furniture");
    body.put("auto_categorize", false);
    return api.as("staff")
        .body(body)
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }

  private static void draft(
      Api api, String lotId, String platform, String price, Map<String, Object> more) {
    listing(api, lotId, platform, "draft", price, more);
  }

  private static String listing(
      Api api,
      String lotId,
      String platform,
      String status,
      String price,
      Map<String, Object> more) {
    Map<String, Object> body = new HashMap<>(more);
    body.put("platform", platform);
    body.put("status", status);
    body.put("list_price", new BigDecimal(price));
    return api.as("staff")
        .body(body)
        .post("/api/v1/inventory/" + lotId + "/listings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String photo(Api api, String lotId, int width, int height) {
    byte[] png = TestImages.encode(TestImages.quadrants(width, height), "png");
    return api.as("staff")
        .contentType("multipart/form-data")
        .multiPart("file", "lamp.png", png, "image/png")
        .post("/api/v1/inventory/" + lotId + "/photos")
        .then()
        .statusCode(201)
        .extract()
        .path("[0].id");
  }

  private static CSVRecord by(List<CSVRecord> rows, String column, String value) {
    return rows.stream()
        .filter(r -> r.get(column).equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line with " + column + " " + value));
  }

  private static String signedLink(Object photo) {
    return signedLink(SHOP, photo);
  }

  /** The pattern of a signed photo link on {@code http://<host>}, as listing files carry it. */
  static String signedLink(String host, Object photo) {
    return "http://"
        + java.util.regex.Pattern.quote(host)
        + "/api/v1/photos/"
        + photo
        + "/shared\\?expires=\\d{10}&signature=[0-9a-f]{64}";
  }
}
