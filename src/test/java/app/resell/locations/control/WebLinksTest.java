package app.resell.locations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebLinksTest {

  @Test
  void loopbackAddressesAreTheOnesAPhoneCannotOpen() {
    assertThat(WebLinks.loopback("http://localhost:8080")).isTrue();
    assertThat(WebLinks.loopback("http://LOCALHOST")).isTrue();
    assertThat(WebLinks.loopback("http://127.0.0.1:8080")).isTrue();
    assertThat(WebLinks.loopback("http://127.1.2.3")).isTrue();
    assertThat(WebLinks.loopback("http://[::1]:8080")).isTrue();
    assertThat(WebLinks.loopback("http://192.168.1.20:8080")).isFalse();
    assertThat(WebLinks.loopback("https://resell.example.com")).isFalse();
    assertThat(WebLinks.loopback("not a url")).isFalse();
  }

  @Test
  void aConfiguredPublicUrlWinsAndLosesItsTrailingSlash() {
    WebLinks links = new WebLinks();
    links.publicUrl = Optional.of(" https://shop.example.com/ ");
    UUID lot = UUID.fromString("05125e49-4f17-8dfe-2d0f-d12439a05a10");
    assertThat(links.item(lot)).isEqualTo("https://shop.example.com/#/items/" + lot);
    assertThat(links.location("A 1")).isEqualTo("https://shop.example.com/#/storage/A+1");
    assertThat(links.base().configured()).isTrue();
    assertThat(links.base().loopback()).isFalse();
  }
}
