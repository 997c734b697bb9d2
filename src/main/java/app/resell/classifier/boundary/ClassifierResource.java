package app.resell.classifier.boundary;

import app.resell.auth.control.CurrentUser;
import app.resell.auth.entity.Role;
import app.resell.classifier.control.Corrections;
import app.resell.classifier.control.ItemClassifier;
import app.resell.classifier.control.ModelRegistry;
import app.resell.classifier.entity.Prediction;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Category and condition predictions, corrections that teach the model, and retraining. */
@Path("classifier")
@RequestScoped
@RolesAllowed(Role.VIEWER_ROLE)
@Tag(name = "classifier")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClassifierResource {

  @Inject ItemClassifier classifier;
  @Inject ModelRegistry registry;
  @Inject Corrections corrections;
  @Inject CurrentUser user;

  /** A listing to classify. */
  public static class Listing {
    @NotBlank
    @Size(max = 500)
    public String title;

    @Size(max = 10000)
    public String description;

    public List<String> keywords;
  }

  /** A person's label for a listing. */
  public static class Correction {
    @NotBlank
    @Size(max = 255)
    public String title;

    public String description;
    public String category;
    public String condition;
    public String lotId;
  }

  /** A prediction as the API answers it. */
  public record PredictionView(
      String category,
      double categoryConfidence,
      List<Map<String, Object>> categories,
      String condition,
      double conditionConfidence,
      List<String> explanation,
      boolean needsReview) {}

  @POST
  @Path("predict")
  @Operation(summary = "Predict category and condition of a listing, with the words that drove it")
  public PredictionView predict(@Valid @NotNull Listing listing) {
    Prediction p = classifier.predict(listing.title, listing.description, listing.keywords);
    List<Map<String, Object>> top =
        p.topCategories().stream()
            .map(
                s -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("category", s.category().value());
                  m.put("probability", s.probability());
                  return m;
                })
            .toList();
    return new PredictionView(
        p.category().value(),
        p.categoryConfidence(),
        top,
        p.condition().value(),
        p.conditionConfidence(),
        p.explanation(),
        classifier.needsReview(p));
  }

  @GET
  @Operation(summary = "The active model: version, training size, cross-validated accuracy")
  public Map<String, Object> model() throws SQLException {
    Map<String, Object> view = new LinkedHashMap<>();
    registry
        .active()
        .ifPresent(
            v -> {
              view.put("version", v.version());
              view.put("trained_at", v.trainedAt());
              view.put("training_size", v.trainingSize());
              view.put("category_accuracy", v.categoryAccuracy());
              view.put("condition_accuracy", v.conditionAccuracy());
              view.put("corrections", v.corrections());
            });
    view.put("training", registry.training());
    view.put("review_threshold", classifier.reviewThreshold());
    view.put("versions", registry.versions().stream().map(ModelRegistry.Version::version).toList());
    return view;
  }

  @POST
  @Path("corrections")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(summary = "Teach the classifier the right category or condition of a listing")
  public Response correct(@Valid @NotNull Correction correction) {
    Category category =
        correction.category == null
            ? null
            : Category.parse(correction.category)
                .orElseThrow(
                    () ->
                        ProblemException.notOneOf(
                            "category", correction.category, Category.allowedValues()));
    Condition condition =
        correction.condition == null
            ? null
            : Condition.parse(correction.condition)
                .orElseThrow(
                    () ->
                        ProblemException.notOneOf(
                            "condition", correction.condition, Condition.allowedValues()));
    if (category == null && condition == null) {
      throw ProblemException.invalid("category", "give the right category, condition or both");
    }
    Prediction p = classifier.predict(correction.title, correction.description, List.of());
    corrections.record(
        QueryValues.id("lot_id", correction.lotId),
        correction.title,
        correction.description,
        p.category(),
        category,
        p.condition(),
        condition,
        user.id());
    return Response.status(201).build();
  }

  @POST
  @Path("retrain")
  @RolesAllowed(Role.ADMIN_ROLE)
  @Operation(summary = "Retrain on the corpus plus corrections in the background; a new version")
  public Response retrain() {
    registry.retrain();
    return Response.accepted(Map.of("training", true)).build();
  }
}
