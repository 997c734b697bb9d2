package app.resell.locations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web UI addresses that QR codes and labels encode, built on the server's public URL ({@code
 * RESELL_PUBLIC_URL}), so a phone that scans a shelf's label opens that shelf in the web UI.
 */
@ApplicationScoped
public class WebLinks {

  @Inject
  @ConfigProperty(name = "resell.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** The web UI page of a storage location, by its short code. */
  public String location(String code) {
    return base() + "/#/storage/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  /** The web UI page of an item. */
  public String item(UUID lotId) {
    return base() + "/#/items/" + lotId;
  }

  private String base() {
    String url = publicUrl.strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
