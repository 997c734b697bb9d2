package app.resell.alerts.boundary;

import app.resell.alerts.control.AlertEvaluator;
import app.resell.alerts.control.AlertRules;
import app.resell.alerts.entity.AlertRule;
import app.resell.analytics.control.Rows;
import app.resell.auth.entity.Role;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Aging alerts: the open ones with their items, the rules behind them, evaluation on demand. */
@Path("alerts")
@RequestScoped
@Tag(name = "alerts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

  @Inject AlertRules rules;
  @Inject AlertEvaluator evaluator;
  @Inject Rows db;

  /** Alerts a page answers unless asked for fewer or more (at most {@link #MAX_LIMIT}). */
  static final int DEFAULT_LIMIT = 50;

  static final int MAX_LIMIT = 500;

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "Open alerts, newest first, with their items; rule_type and lot_id filter, page and"
              + " limit (default 50, max 500) page; total counts every open alert that matches")
  public Map<String, Object> open(
      @QueryParam("rule_type") String ruleType,
      @QueryParam("lot_id") String lotId,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    if (ruleType != null && !AlertRule.TYPES.contains(ruleType)) {
      throw ProblemException.notOneOf("rule_type", ruleType, AlertRule.TYPES);
    }
    UUID lot = QueryValues.id("lot_id", lotId);
    int size = QueryValues.whole("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    int pageNumber = QueryValues.whole("page", page, 1, 1, 1_000_000);
    String where =
        " WHERE a.resolved_at IS NULL AND (CAST(? AS text) IS NULL OR r.rule_type = ?)"
            + " AND (CAST(? AS uuid) IS NULL OR a.lot_id = CAST(? AS uuid))";
    String lotText = lot == null ? null : lot.toString();
    List<Map<String, Object>> alerts =
        db.query(
            "SELECT a.id::text AS id, r.rule_type, a.message, a.raised_at, a.lot_id::text AS lot_id,"
                + " a.listing_id::text AS listing_id, i.item_name, i.category::text AS category,"
                + " i.acquisition_date, i.units_on_hand, i.cost_on_hand,"
                + " i.estimated_value, pl.platform::text AS platform, pl.listed_date, pl.views"
                + " FROM alerts a JOIN alert_rules r ON r.id = a.rule_id"
                + " LEFT JOIN item_facts i ON i.lot_id = a.lot_id"
                + " LEFT JOIN listing_facts pl ON pl.id = a.listing_id"
                + where
                + " ORDER BY a.raised_at DESC, a.id LIMIT ? OFFSET ?",
            ruleType,
            ruleType,
            lotText,
            lotText,
            size,
            (long) (pageNumber - 1) * size);
    Object total =
        db.query(
                "SELECT count(*) AS total FROM alerts a JOIN alert_rules r ON r.id = a.rule_id"
                    + where,
                ruleType,
                ruleType,
                lotText,
                lotText)
            .get(0)
            .get("total");
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("total", total);
    answer.put("page", pageNumber);
    answer.put("limit", size);
    answer.put("alerts", alerts);
    return answer;
  }

  @GET
  @Path("rules")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "The alert rules and their thresholds")
  public List<AlertRule> rules() {
    return rules.all();
  }

  @PUT
  @Path("rules")
  @RolesAllowed(Role.ADMIN_ROLE)
  @Operation(summary = "Change thresholds or switch rules on and off, then re-evaluate")
  public List<AlertRule> update(List<AlertRule> changes) {
    List<AlertRule> updated = rules.update(changes);
    evaluator.evaluate();
    return updated;
  }

  @POST
  @Path("evaluate")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(summary = "Evaluate the rules now: raise new alerts, resolve ended ones")
  public AlertEvaluator.Outcome evaluate() {
    return evaluator.evaluate();
  }
}
