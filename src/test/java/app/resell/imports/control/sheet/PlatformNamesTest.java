package app.resell.imports.control.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.resell.taxonomy.entity.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformNamesTest {

  @ParameterizedTest
  @CsvSource({
    "eBay, EBAY",
    "ebay.com, EBAY",
    "EBAY, EBAY",
    "eBay UK, EBAY",
    "Facebook Marketplace, FACEBOOK",
    "FB, FACEBOOK",
    "FBMP, FACEBOOK",
    "fb marketplace, FACEBOOK",
    "Ruby Lane, RUBYLANE",
    "Craigslist, LOCAL",
    "OfferUp, LOCAL",
    "yard sale, LOCAL",
    "Garage Sale, LOCAL",
    "Booth 114, BOOTH",
    "antique mall, BOOTH",
    "Poshmark, POSHMARK",
    "Posh, POSHMARK",
    "Chairish, CHAIRISH",
    "Charish, CHAIRISH",
    "Amazon, AMAZON",
    "AMZ, AMAZON",
    "Shopify, SHOPIFY",
    "own site, SHOPIFY",
    "website, SHOPIFY",
    "Whatnot, WHATNOT",
    "Depop, DEPOP",
    "Mercari, MERCARI",
    "Mecari, MERCARI",
    "WorthPoint, WORTHPOINT",
    "Etsy, ETSY",
  })
  void recognisesLooseNames(String text, Platform expected) {
    PlatformMatch m = PlatformNames.match(text);
    assertThat(m.platform()).isEqualTo(expected);
    assertThat(m.name()).isEqualTo(text);
  }

  @Test
  void keepsUnknownNamesAsOther() {
    assertThat(PlatformNames.match(" Bonanza "))
        .isEqualTo(new PlatformMatch(Platform.OTHER, "Bonanza"));
  }

  @Test
  void splitsCellsNamingSeveralPlatforms() {
    assertThat(PlatformNames.matchAll("eBay / Etsy"))
        .extracting(PlatformMatch::platform)
        .containsExactly(Platform.EBAY, Platform.ETSY);
    assertThat(PlatformNames.matchAll("eBay, FB; Posh & Mercari + Booth 7 and Chairish"))
        .extracting(PlatformMatch::platform, PlatformMatch::name)
        .containsExactly(
            tuple(Platform.EBAY, "eBay"),
            tuple(Platform.FACEBOOK, "FB"),
            tuple(Platform.POSHMARK, "Posh"),
            tuple(Platform.MERCARI, "Mercari"),
            tuple(Platform.BOOTH, "Booth 7"),
            tuple(Platform.CHAIRISH, "Chairish"));
  }

  @Test
  void dropsRepeatsAndNothingWords() {
    assertThat(PlatformNames.matchAll("eBay / ebay.com")).hasSize(1);
    assertThat(PlatformNames.matchAll("n/a")).isEmpty();
    assertThat(PlatformNames.matchAll("Not listed")).isEmpty();
    assertThat(PlatformNames.matchAll("  ")).isEmpty();
  }

  @Test
  void readsThePlatformOfAListingLink() {
    assertThat(PlatformNames.fromUrl("https://www.ebay.com/itm/1234")).isEqualTo(Platform.EBAY);
    assertThat(PlatformNames.fromUrl("https://www.facebook.com/marketplace/item/9"))
        .isEqualTo(Platform.FACEBOOK);
    assertThat(PlatformNames.fromUrl("https://shop.myshopify.com/products/x"))
        .isEqualTo(Platform.SHOPIFY);
    assertThat(PlatformNames.fromUrl("https://example.org/x")).isNull();
  }
}
