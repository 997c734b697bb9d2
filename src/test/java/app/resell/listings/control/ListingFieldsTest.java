package app.resell.listings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.listings.entity.Listing;
import app.resell.listings.entity.ListingStatus;
import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Platform;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListingFieldsTest {

  @Test
  void aNewListingStartsNotListedWithItsFields() {
    ListingFields f =
        ListingFields.create(
            "{\"platform\": \"Etsy\", \"list_price\": \"12.5\", \"listing_url\":"
                + " \"https://etsy.com/l/1\", \"views\": 4, \"metadata\": {\"tags\": [\"oak\"]}}");
    assertThat(f.platform).isEqualTo(Platform.ETSY);
    assertThat(f.status).isEqualTo(ListingStatus.NOT_LISTED);
    assertThat(f.listPrice).isEqualByComparingTo("12.50").hasScaleOf(2);
    assertThat(f.views).isEqualTo(4);
    assertThat(f.metadata.getJsonArray("tags").getString(0)).isEqualTo("oak");
  }

  @Test
  void serverKeptFieldsAreIgnoredOnReplaceButRefusedInAPatch() {
    Listing current = new Listing(UUID.randomUUID(), Platform.EBAY);
    ListingFields replaced =
        ListingFields.replace(current, "{\"needs_delist\": true, \"sold_price\": 4, \"views\": 2}");
    assertThat(replaced.views).isEqualTo(2);
    assertThat(replaced.status).isEqualTo(ListingStatus.NOT_LISTED);
    assertThatThrownBy(() -> ListingFields.patch(current, "{\"needs_delist\": false}"))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith("needs_delist:");
  }

  @Test
  void aPatchChangesOnlyWhatItSendsAndNullClears() {
    Listing current = new Listing(UUID.randomUUID(), Platform.EBAY);
    current.setListPrice(new java.math.BigDecimal("30.00"));
    current.setListingTitle("Oak table");
    current.setMetadata("{\"a\": 1, \"b\": {\"c\": 2, \"d\": 3}}");
    ListingFields f =
        ListingFields.patch(
            current, "{\"listing_title\": null, \"metadata\": {\"a\": null, \"b\": {\"c\": 5}}}");
    assertThat(f.listPrice).isEqualByComparingTo("30.00");
    assertThat(f.listingTitle).isNull();
    assertThat(f.metadata)
        .isEqualTo(
            Json.createObjectBuilder()
                .add("b", Json.createObjectBuilder().add("c", 5).add("d", 3))
                .build());
  }

  @Test
  void wrongValuesNameTheirField() {
    assertField("{\"platform\": \"myspace\"}", "platform", "ebay, etsy");
    assertField("{}", "platform", "required");
    assertField("{\"platform\": \"ebay\", \"status\": \"live\"}", "status", "not_listed, draft");
    assertField("{\"platform\": \"ebay\", \"list_price\": 0}", "list_price", "more than 0");
    assertField("{\"platform\": \"ebay\", \"list_price\": -2}", "list_price", "negative");
    assertField("{\"platform\": \"ebay\", \"list_price\": 2.001}", "list_price", "2 decimals");
    assertField("{\"platform\": \"ebay\", \"list_price\": 99999999999}", "list_price", "at most");
    assertField("{\"platform\": \"ebay\", \"views\": -1}", "views", "at least 0");
    assertField("{\"platform\": \"ebay\", \"watchers\": \"x\"}", "watchers", "whole number");
    assertField("{\"platform\": \"ebay\", \"metadata\": 3}", "metadata", "object");
    assertField("{\"platform\": \"ebay\", \"listing_url\": \"ftp://x\"}", "listing_url", "http");
    assertField("{\"platform\": \"other\"}", "platform_name", "required");
    assertField(
        "{\"platform\": \"ebay\", \"status\": \"scheduled\"}", "scheduled_date", "required");
    assertField("{\"platform\": \"ebay\", \"colour\": \"red\"}", "colour", "list_price");
    assertField("[]", "body", "object");
  }

  @Test
  void datesAreDateTimesOrDays() {
    ListingFields f =
        ListingFields.create(
            "{\"platform\": \"ebay\", \"status\": \"scheduled\", \"scheduled_date\":"
                + " \"2030-05-01\"}");
    assertThat(f.scheduledDate.toString()).isEqualTo("2030-05-01T00:00Z");
  }

  private static void assertField(String body, String field, String message) {
    assertThatThrownBy(() -> ListingFields.create(body))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errors().get(0).field()).isEqualTo(field);
              assertThat(e.errors().get(0).message()).contains(message);
            });
  }
}
