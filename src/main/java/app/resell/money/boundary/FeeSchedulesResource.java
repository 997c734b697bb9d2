package app.resell.money.boundary;

import app.resell.auth.control.CurrentUser;
import app.resell.auth.entity.Role;
import app.resell.money.control.FeeScheduleStore;
import app.resell.money.control.InvalidFeeScheduleException;
import app.resell.money.entity.FeeScheduleDocument;
import app.resell.problems.control.Problem;
import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Platform;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platforms' fee schedules as data: everyone signed in reads them (with where the figures come
 * from and when they were checked), an administrator corrects them. Each write commits on its own
 * (one UPDATE, no surrounding transaction), then the store reloads the schedules every fee
 * computation uses.
 */
@Path("fee-schedules")
@RequestScoped
@Tag(name = "money")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FeeSchedulesResource {

  private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

  @Inject FeeScheduleStore store;
  @Inject CurrentUser user;

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "Every platform's fee schedule with its source, checked date and version")
  public List<FeeScheduleDocument> list() {
    return store.all().stream().map(FeeScheduleStore.Stored::document).toList();
  }

  @GET
  @Path("{platform}")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "One platform's fee schedule")
  public FeeScheduleDocument get(@PathParam("platform") String platform) {
    return store.get(platform(platform)).document();
  }

  @PUT
  @Path("{platform}")
  @RolesAllowed(Role.ADMIN_ROLE)
  @Operation(
      summary = "Replace one platform's fee schedule (admin)",
      description =
          "Send the whole schedule with the version you read. Every invalid field is named in the"
              + " 400 (errors[].field is the JSON path, e.g. commission[default].tiers[1].up_to);"
              + " a stale version is 409. The new schedule applies to every fee computed after"
              + " the answer.")
  public FeeScheduleDocument put(@PathParam("platform") String platform, FeeScheduleDocument body) {
    Platform p = platform(platform);
    if (body == null) throw ProblemException.invalid("body", "send the fee schedule as JSON");
    if (body.platform != null && !Platform.parse(body.platform).equals(Optional.of(p))) {
      throw ProblemException.invalid(
          "platform", "'" + body.platform + "' differs from the platform in the path");
    }
    if (body.version == null) {
      throw ProblemException.invalid("version", "send the version you read (optimistic locking)");
    }
    body.platform = p.value();
    try {
      return store.replace(body.toSchedule(), body.version, user.id()).document();
    } catch (InvalidFeeScheduleException e) {
      throw invalid(p, e.violations());
    }
  }

  private static Platform platform(String text) {
    return Platform.parse(text)
        .orElseThrow(
            () ->
                new ProblemException(
                    404,
                    "not-found",
                    "Not found",
                    "There is no fee schedule for '"
                        + text
                        + "'; platforms: "
                        + String.join(", ", Platform.allowedValues())));
  }

  /**
   * The validator's messages ({@code ebay.commission[default].tiers[1].upTo: thresholds must
   * ascend}) as field errors named like the JSON the client sent ({@code
   * commission[default].tiers[1].up_to}).
   */
  static ProblemException invalid(Platform platform, List<String> violations) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (String v : violations) {
      int colon = v.indexOf(": ");
      String path = colon < 0 ? "" : v.substring(0, colon);
      String message = colon < 0 ? v : v.substring(colon + 2);
      errors.add(new Problem.FieldError(jsonPath(platform, path), message));
    }
    return new ProblemException(
        400,
        "validation",
        "The fee schedule is not valid",
        errors.size() + " problem(s): " + String.join("; ", violations),
        errors);
  }

  static String jsonPath(Platform platform, String validatorPath) {
    String path = validatorPath;
    String prefix = platform.value() + ".";
    if (path.startsWith(prefix)) path = path.substring(prefix.length());
    else if (path.startsWith("fee-schedule.")) path = path.substring("fee-schedule.".length());
    Matcher m = CAMEL.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, m.group(1) + "_" + m.group(2).toLowerCase());
    m.appendTail(out);
    return out.isEmpty() ? "schedule" : out.toString();
  }
}
