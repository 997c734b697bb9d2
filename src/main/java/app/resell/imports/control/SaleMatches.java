package app.resell.imports.control;

import app.resell.imports.control.sales.SaleLine;
import app.resell.imports.entity.ImportJob;
import app.resell.imports.entity.ImportKind;
import app.resell.inventory.control.ItemFields;
import app.resell.inventory.control.ItemStore;
import app.resell.listings.control.SaleCandidates;
import app.resell.problems.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records the lines of a finished sales import that waited for a person, on the items they chose
 * (or on a new item made from the line), all or none: a refused match (no such line, a line
 * recorded already, an item without the units) answers a problem naming it and records nothing.
 */
@ApplicationScoped
public class SaleMatches {

  @PersistenceContext EntityManager em;
  @Inject SalesImportLines lines;
  @Inject SalesReconciler reconciler;
  @Inject SaleCandidates candidates;
  @Inject ItemStore items;

  @Inject
  @ConfigProperty(name = "resell.books.currency", defaultValue = "USD")
  String booksCurrency;

  /** One confirmed match: the line's row, and the item or {@code createItem}. */
  public record Confirmed(int row, UUID lotId, boolean createItem) {}

  /** What became of a confirmed line. */
  public record Answer(int row, String outcome, UUID saleId, UUID lotId) {}

  @Transactional
  public List<Answer> confirm(UUID jobId, List<Confirmed> matches) {
    ImportJob job = em.find(ImportJob.class, jobId);
    if (job == null || job.kind() != ImportKind.SALES) {
      throw ProblemException.notFound("Sales import", jobId);
    }
    em.refresh(job); // the batch job writes the row by SQL: the cached entity may be behind
    if (!job.status().finished()) {
      throw ProblemException.conflict(
          "The import is still " + job.status().value() + "; confirm matches once it has finished");
    }
    List<Answer> answers = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    try {
      for (int i = 0; i < matches.size(); i++) {
        Confirmed m = matches.get(i);
        String at = "[" + i + "]";
        if (!seen.add(m.row()))
          throw ProblemException.invalid(at + ".row", "row " + m.row() + " is twice in the list");
        SalesImportLines.Stored stored =
            lines
                .find(jobId, m.row())
                .orElseThrow(
                    () ->
                        ProblemException.invalid(
                            at + ".row", "row " + m.row() + " is no sale line of this import"));
        if (!stored.outcome().equals(SaleLineOutcome.NEEDS_MATCH)
            && !stored.outcome().equals(SaleLineOutcome.UNMATCHED)) {
          String detail =
              "Row " + m.row() + " is " + stored.outcome() + ", not waiting for a match";
          throw stored.saleId() == null
              ? ProblemException.conflict(detail)
              : ProblemException.conflict(detail, "sale_id", stored.saleId().toString());
        }
        UUID lot = m.createItem() ? newItem(stored.line()) : existing(at, m.lotId());
        SaleLineOutcome outcome = reconciler.recordOn(jobId, stored.line(), lot, booksCurrency);
        lines.matched(jobId, m.row(), outcome);
        answers.add(new Answer(m.row(), outcome.outcome(), outcome.saleId(), lot));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("confirming matches of import " + jobId + " failed", e);
    }
    return answers;
  }

  private UUID existing(String at, UUID lotId) {
    if (lotId == null)
      throw ProblemException.invalid(at + ".lot_id", "name the item, or send create_item: true");
    if (candidates.item(lotId) == null) {
      throw ProblemException.invalid(at + ".lot_id", "no item " + lotId);
    }
    return lotId;
  }

  /** An item made from the line: its title, units and SKU; its cost is for the reseller to add. */
  private UUID newItem(SaleLine line) {
    ItemFields fields = new ItemFields();
    String title =
        line.title() == null
            ? "Sold on " + line.platform().value() + ", order " + line.orderId()
            : line.title();
    fields.itemName = title.length() <= 255 ? title : title.substring(0, 255);
    fields.quantity = line.quantity();
    fields.sku = line.sku() != null && line.sku().length() <= 64 ? line.sku() : null;
    return items
        .create(fields, true, "made for a sale in a " + line.platform().value() + " report")
        .lotId();
  }
}
