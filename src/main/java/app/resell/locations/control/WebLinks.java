package app.resell.locations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web UI addresses that QR codes and labels encode, so a phone that scans a shelf's label opens
 * that shelf in the web UI. They are built on {@code RESELL_PUBLIC_URL} when it is set, and
 * otherwise on the address the browser used for the request that prints the labels: a reseller who
 * opened Resell at {@code http://192.168.1.20:8080} prints labels a phone on the same network can
 * open. A loopback address (localhost) cannot be opened from a phone: start-up says so when it is
 * configured, and {@link #base()} reports it for the labels pages to warn.
 */
@ApplicationScoped
public class WebLinks {

  private static final Logger LOG = Logger.getLogger(WebLinks.class.getName());

  @Inject
  @ConfigProperty(name = "resell.public.url")
  Optional<String> publicUrl;

  @Inject HttpServletRequest request;

  /** The address labels are built on, where it comes from, and whether a phone could open it. */
  public record Base(String url, boolean configured, boolean loopback) {}

  void warnAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Optional<String> configured = configured();
    if (configured.isEmpty()) {
      LOG.info(
          "QR labels use the address the browser used to open Resell; set RESELL_PUBLIC_URL to"
              + " fix one");
    } else if (loopback(configured.get())) {
      LOG.warning(
          "RESELL_PUBLIC_URL is "
              + configured.get()
              + ": QR labels will point at this computer only and a phone cannot open them. Set"
              + " it to the address other devices use, such as http://192.168.1.20:8080");
    }
  }

  /** The web UI page of a storage location, by its short code. */
  public String location(String code) {
    return base().url() + "/#/storage/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  /** The web UI page of an item. */
  public String item(UUID lotId) {
    return base().url() + "/#/items/" + lotId;
  }

  /** The configured public URL, or else the scheme, host, port and context path of the request. */
  public Base base() {
    Optional<String> configured = configured();
    String url = configured.orElseGet(this::requestAddress);
    url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return new Base(url, configured.isPresent(), loopback(url));
  }

  private Optional<String> configured() {
    return publicUrl.map(String::strip).filter(url -> !url.isEmpty());
  }

  private String requestAddress() {
    try {
      String scheme = request.getScheme();
      int port = request.getServerPort();
      boolean defaultPort =
          port < 0
              || (scheme.equals("http") && port == 80)
              || (scheme.equals("https") && port == 443);
      String host = request.getServerName();
      if (host.contains(":") && !host.startsWith("[")) host = "[" + host + "]";
      return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
    } catch (ContextNotActiveException | IllegalStateException e) {
      return "http://localhost:8080"; // outside a request (a batch job): no browser to ask
    }
  }

  /** Whether the address's host is this computer only (localhost, 127.x, ::1). */
  static boolean loopback(String url) {
    try {
      String host = URI.create(url).getHost();
      if (host == null) return false;
      host = host.toLowerCase(Locale.ROOT);
      if (host.equals("localhost") || host.endsWith(".localhost")) return true;
      if (!host.matches("[0-9.]+|\\[?[0-9a-f:]+\\]?")) return false; // a name: not resolved here
      return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (IllegalArgumentException | UnknownHostException e) {
      return false;
    }
  }
}
