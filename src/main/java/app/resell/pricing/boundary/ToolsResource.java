package app.resell.pricing.boundary;

import app.resell.auth.entity.Role;
import app.resell.comps.control.CompsStatistics;
import app.resell.comps.control.CompsStore;
import app.resell.comps.entity.ComparableSale;
import app.resell.comps.entity.CompsSummary;
import app.resell.inventory.control.ItemFacts;
import app.resell.money.control.FeeCalculator;
import app.resell.money.control.FeeScheduleStore;
import app.resell.money.entity.FeeBreakdown;
import app.resell.money.entity.ItemCost;
import app.resell.pricing.control.MaxBidCalculator;
import app.resell.pricing.control.PricingCalculator;
import app.resell.pricing.entity.AuctionTerms;
import app.resell.pricing.entity.MaxBid;
import app.resell.pricing.entity.SaleAssumptions;
import app.resell.problems.control.Checks;
import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Calculators that change nothing: what a platform takes from a sale, and the most to bid for an
 * item. Anyone signed in may use them (viewers included: they only read the fee schedules).
 */
@Path("tools")
@RequestScoped
@Tag(name = "money")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ToolsResource {

  @Inject FeeScheduleStore schedules;
  @Inject CompsStore comps;
  @Inject ItemFacts items;

  /** A sale to quote fees for. */
  public static class FeeQuestion {
    public String platform;
    public String category;
    public BigDecimal soldPrice;
    public BigDecimal shippingCharged;
    public BigDecimal salesTax;
    public Integer quantity;
  }

  /** The fees of one sale, component by component, and the schedule they come from. */
  public static class FeeAnswer {
    public String platform;
    public String category;
    public int quantity;
    public String commissionGroup;
    public BigDecimal finalValueFee;
    public BigDecimal perOrderFee;
    public BigDecimal paymentProcessingFee;
    public BigDecimal listingFee;
    public BigDecimal total;
    public LocalDate scheduleCheckedOn;
    public boolean scheduleVerified;
    public long scheduleVersion;
  }

  @POST
  @Path("fees")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary = "The platform fees of one sale (each component rounded to the cent, and the total)",
      description =
          "sold_price is the price of one unit; shipping_charged and sales_tax are for the whole"
              + " order; quantity defaults to 1; no category = the platform's default group.")
  public FeeAnswer fees(FeeQuestion q) {
    if (q == null) throw ProblemException.invalid("body", "send the sale as JSON");
    Checks checks = new Checks();
    Platform platform = checks.platform("platform", q.platform);
    Category category = checks.category("category", q.category);
    checks.amount("sold_price", q.soldPrice, true);
    checks.amount("shipping_charged", q.shippingCharged, false);
    checks.amount("sales_tax", q.salesTax, false);
    int quantity = q.quantity == null ? 1 : q.quantity;
    if (quantity < 1) checks.fail("quantity", "must be at least 1");
    checks.done();
    FeeScheduleStore.Stored stored = schedules.get(platform);
    FeeBreakdown f =
        new FeeCalculator(schedules.current())
            .compute(platform, category, q.soldPrice, q.shippingCharged, q.salesTax, quantity);
    FeeAnswer a = new FeeAnswer();
    a.platform = platform.value();
    a.category = category == null ? null : category.value();
    a.quantity = quantity;
    a.commissionGroup = f.commissionGroup();
    a.finalValueFee = f.finalValueFee();
    a.perOrderFee = f.perOrderFee();
    a.paymentProcessingFee = f.paymentProcessingFee();
    a.listingFee = f.listingFee();
    a.total = f.total();
    a.scheduleCheckedOn = stored.schedule().checkedOn();
    a.scheduleVerified = stored.schedule().verified();
    a.scheduleVersion = stored.version();
    return a;
  }

  /** An auction lot to bid on and the sale expected afterwards. */
  public static class BidQuestion {
    public BigDecimal expectedSalePrice;
    public String lotId;
    public String platform;
    public String category;
    public BigDecimal buyersPremiumPercent;
    public BigDecimal salesTaxPercent;
    public Boolean premiumTaxed;
    public BigDecimal otherCosts;
    public BigDecimal targetRoi;
    public BigDecimal shippingCharged;
    public BigDecimal shippingCost;
    public BigDecimal buyerSalesTaxPercent;
  }

  /** The highest bid that reaches the target, with its costs and the sale it leads to. */
  public static class BidAnswer {
    public boolean reachable;
    public BigDecimal maxBid;
    public BigDecimal buyersPremium;
    public BigDecimal salesTax;
    public BigDecimal otherCosts;
    public BigDecimal landedCost;
    public QuoteView sale;
    public BigDecimal expectedSalePrice;
    public String expectedSalePriceFrom;
    public BigDecimal targetRoi;
    public String reason;
  }

  @POST
  @Path("max-bid")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary = "The highest hammer bid that still reaches a target ROI",
      description =
          "Give expected_sale_price, or lot_id to use the median of that item's comparable sales"
              + " (and its category). Premium and tax are rounded per lot; the premium is taxed"
              + " unless premium_taxed is false. When even a bid of 0 misses the target the answer"
              + " is 200 with reachable=false, max_bid absent, the reason, and the costs and sale"
              + " at a bid of 0.")
  public BidAnswer maxBid(BidQuestion q) {
    if (q == null) throw ProblemException.invalid("body", "send the lot as JSON");
    Checks checks = new Checks();
    Platform platform = checks.platform("platform", q.platform);
    Category category = checks.category("category", q.category);
    UUID lotId = checks.id("lot_id", q.lotId);
    checks.amount("expected_sale_price", q.expectedSalePrice, false);
    if (q.expectedSalePrice == null && q.lotId == null) {
      checks.fail("expected_sale_price", "give expected_sale_price or lot_id");
    } else if (q.expectedSalePrice != null && q.lotId != null) {
      checks.fail("lot_id", "give expected_sale_price or lot_id, not both");
    }
    checks.rate("buyers_premium_percent", q.buyersPremiumPercent);
    checks.rate("sales_tax_percent", q.salesTaxPercent);
    checks.rate("buyer_sales_tax_percent", q.buyerSalesTaxPercent);
    checks.amount("other_costs", q.otherCosts, false);
    checks.amount("shipping_charged", q.shippingCharged, false);
    checks.amount("shipping_cost", q.shippingCost, false);
    checks.percent("target_roi", q.targetRoi, BigDecimal.valueOf(-100), true);
    checks.done();

    BigDecimal salePrice = q.expectedSalePrice;
    String from = "request";
    if (lotId != null) {
      ItemCost item = items.item(lotId);
      if (category == null) category = Category.parse(item.category()).orElse(null);
      CompsSummary summary =
          new CompsStatistics()
              .summarize(
                  comps.forItem(lotId).stream().map(ComparableSale::sale).toList(),
                  LocalDate.now());
      if (summary.count() == 0) {
        throw new ProblemException(
            422,
            "no-comparable-sales",
            "No comparable sales",
            "Item "
                + lotId
                + " has no comparable sales to take a median from;"
                + " add comps or give expected_sale_price.");
      }
      salePrice = summary.median();
      from = "comps_median";
    }
    MaxBidCalculator calculator =
        new MaxBidCalculator(new PricingCalculator(new FeeCalculator(schedules.current())));
    SaleAssumptions sale =
        new SaleAssumptions(q.shippingCharged, q.shippingCost, q.buyerSalesTaxPercent);
    AuctionTerms terms =
        new AuctionTerms(
            q.buyersPremiumPercent,
            q.salesTaxPercent,
            !Boolean.FALSE.equals(q.premiumTaxed),
            q.otherCosts);
    Optional<MaxBid> best =
        calculator.maxBid(platform, category, salePrice, sale, terms, q.targetRoi);
    MaxBid shown =
        best.isPresent()
            ? best.get()
            : calculator.atBid(platform, category, salePrice, sale, terms, BigDecimal.ZERO);
    BidAnswer a = new BidAnswer();
    a.reachable = best.isPresent();
    a.maxBid = best.map(MaxBid::hammer).orElse(null);
    a.buyersPremium = shown.buyersPremium();
    a.salesTax = shown.salesTax();
    a.otherCosts = shown.otherCosts();
    a.landedCost = shown.landedCost();
    a.sale = QuoteView.of(shown.sale());
    a.expectedSalePrice = salePrice;
    a.expectedSalePriceFrom = from;
    a.targetRoi = q.targetRoi;
    if (best.isEmpty()) {
      a.reason =
          "Even a bid of 0 misses the target: the sale nets "
              + shown.sale().netProceeds().toPlainString()
              + " after fees and shipping against "
              + shown.landedCost().toPlainString()
              + " of other costs.";
    }
    return a;
  }
}
