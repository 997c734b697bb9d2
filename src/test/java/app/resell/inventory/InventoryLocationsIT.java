package app.resell.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@ResellIT
class InventoryLocationsIT {

  private static final String PATH = "/api/v1/locations";

  private static JsonPath location(Api api, String name, String code, String parent) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    if (code != null) body.put("code", code);
    if (parent != null) body.put("parent_id", parent);
    return api.as("staff").body(body).post(PATH).then().statusCode(201).extract().jsonPath();
  }

  @Test
  void nestedLocationsListTheirItemsIncludingSubLocations(Api api) {
    String tag = Items.unique("").substring(0, 6).toUpperCase();
    String garage = location(api, "Garage " + tag, "G" + tag, null).getString("id");
    String shelf = location(api, "Shelf 2", null, garage).getString("id");
    String bin = location(api, "Bin 7", null, shelf).getString("id");
    String elsewhere = location(api, "Attic " + tag, "A" + tag, null).getString("id");

    String onShelf =
        Items.create(api, Map.of("item_name", "Shelf item " + tag, "location_id", shelf))
            .getString("lot_id");
    String inBin =
        Items.create(api, Map.of("item_name", "Bin item " + tag, "location_id", bin))
            .getString("lot_id");
    Items.create(api, Map.of("item_name", "Attic item " + tag, "location_id", elsewhere));

    JsonPath inGarage =
        api.as("viewer")
            .get(PATH + "/" + garage + "/items")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(inGarage.getList("lot_id")).containsExactlyInAnyOrder(onShelf, inBin);
    assertThat(
            api.as("viewer")
                .get(PATH + "/" + bin + "/items")
                .then()
                .extract()
                .jsonPath()
                .getList("lot_id"))
        .containsExactly(inBin);
    api.as("viewer").get(PATH).then().statusCode(200).body("code", hasItem("G" + tag));

    // no cycles, no deleting what is still used
    api.as("staff")
        .body(Map.of("name", "Garage " + tag, "parent_id", bin))
        .put(PATH + "/" + garage)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("parent_id"));
    api.as("staff").delete(PATH + "/" + garage).then().statusCode(409);
    api.as("staff").delete(PATH + "/" + bin).then().statusCode(409);
    api.as("staff")
        .body(Map.of("name", "Bin 7b", "code", "b" + tag))
        .put(PATH + "/" + bin)
        .then()
        .statusCode(200)
        .body("code", equalTo("B" + tag))
        .body("parent_id", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void codesAreShortUniqueAndValidated(Api api) {
    String tag = Items.unique("").substring(0, 6).toUpperCase();
    location(api, "Room " + tag, "R" + tag, null);
    api.as("staff")
        .body(Map.of("name", "Other " + tag, "code", "R" + tag))
        .post(PATH)
        .then()
        .statusCode(409);
    api.as("staff")
        .body(Map.of("name", "Bad " + tag, "code", "no spaces!"))
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"));
    api.as("staff")
        .body(Map.of("name", "Orphan", "parent_id", UUID.randomUUID().toString()))
        .post(PATH)
        .then()
        .statusCode(404);
    api.as("viewer").body(Map.of("name", "Nope")).post(PATH).then().statusCode(403);
    String empty = location(api, "Empty " + tag, null, null).getString("id");
    api.as("staff").delete(PATH + "/" + empty).then().statusCode(204);
    api.as("viewer").get(PATH + "/" + empty).then().statusCode(404);
  }

  /**
   * Without RESELL_PUBLIC_URL (as this server runs) labels open the address the browser used: a
   * phone on the network can open a label printed from http://192.168.1.20:8080, and a label
   * printed from localhost is reported as one a phone cannot open.
   */
  @Test
  void labelsOpenTheAddressTheBrowserUsed(Api api, ResellServer server) throws Exception {
    String tag = Items.unique("").substring(0, 6).toUpperCase();
    String id = location(api, "Attic " + tag, "T" + tag, null).getString("id");
    byte[] png =
        api.as("viewer")
            .header("Host", "192.168.1.20:8080")
            .get(PATH + "/" + id + "/qr.png")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(app.resell.locations.control.QrCodesTest.decode(png))
        .isEqualTo("http://192.168.1.20:8080/#/storage/T" + tag);
    api.as("viewer")
        .header("Host", "192.168.1.20:8080")
        .get(PATH + "/label-address")
        .then()
        .statusCode(200)
        .body("url", equalTo("http://192.168.1.20:8080"))
        .body("configured", equalTo(false))
        .body("loopback", equalTo(false));
    api.as("viewer")
        .get(PATH + "/label-address")
        .then()
        .statusCode(200)
        .body("url", equalTo(server.baseUrl()))
        .body("loopback", equalTo(true));
  }

  @Test
  void qrCodeIsAPngThatOpensTheLocationInTheWebUi(Api api, ResellServer server) throws Exception {
    String tag = Items.unique("").substring(0, 6).toUpperCase();
    String id = location(api, "Closet " + tag, "C" + tag, null).getString("id");
    byte[] png =
        api.as("viewer")
            .get(PATH + "/" + id + "/qr.png")
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    assertThat(app.resell.locations.control.QrCodesTest.decode(png))
        .isEqualTo(server.baseUrl() + "/#/storage/C" + tag);
  }

  @Test
  void labelSheetsArePdfsWhoseCodesOpenTheWebUi(Api api, ResellServer server) throws Exception {
    String tag = Items.unique("").substring(0, 6).toUpperCase();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      ids.add(location(api, "Pantry " + tag + " " + i, "P" + tag + i, null).getString("id"));
    }
    byte[] sheet =
        api.as("viewer")
            .queryParam("ids", String.join(",", ids))
            .get(PATH + "/labels.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(sheet)) {
      assertThat(pdf.getNumberOfPages()).as("30 labels a page (Avery 5160)").isEqualTo(2);
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("P" + tag + 0);
      List<String> codes = new ArrayList<>(QrPages.decode(pdf, 0));
      codes.addAll(QrPages.decode(pdf, 1));
      assertThat(codes)
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.IntStream.range(0, 31)
                  .mapToObj(i -> server.baseUrl() + "/#/storage/P" + tag + i)
                  .toList());
    }
    api.as("viewer").get(PATH + "/labels").then().statusCode(200).contentType("application/pdf");
    api.as("viewer").queryParam("ids", "nope").get(PATH + "/labels.pdf").then().statusCode(400);
    String sku = Items.unique("LBL-");
    String id =
        Items.create(api, Map.of("item_name", "Labelled jug", "sku", sku)).getString("lot_id");
    byte[] items =
        api.as("viewer")
            .queryParam("ids", id)
            .get(Items.PATH + "/labels.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(items)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains(sku);
      assertThat(QrPages.decode(pdf, 0)).containsExactly(server.baseUrl() + "/#/items/" + id);
    }
    api.as("viewer").queryParam("ids", "nope").get(Items.PATH + "/labels").then().statusCode(400);
    api.as("viewer")
        .queryParam("ids", UUID.randomUUID().toString())
        .get(Items.PATH + "/labels")
        .then()
        .statusCode(404);
  }
}
