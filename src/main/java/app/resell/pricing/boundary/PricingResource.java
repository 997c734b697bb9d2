package app.resell.pricing.boundary;

import app.resell.auth.entity.Role;
import app.resell.inventory.control.ItemFacts;
import app.resell.listings.control.ListingPrices;
import app.resell.money.control.FeeCalculator;
import app.resell.money.control.FeeScheduleStore;
import app.resell.money.control.ProfitCalculator;
import app.resell.money.entity.ItemCost;
import app.resell.pricing.control.PricingCalculator;
import app.resell.pricing.entity.PriceQuote;
import app.resell.pricing.entity.SaleAssumptions;
import app.resell.problems.control.Checks;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What to ask for an item: on every platform, the lowest list price whose profit after that
 * platform's fees and the expected shipping reaches a target ROI on the item's landed cost, and the
 * profit at the prices the item is listed at now. Prices are for one unit, so the cost is that of
 * the next unit to sell ({@link ProfitCalculator#landedCostOfUnits}).
 */
@Path("inventory/{id}/pricing")
@RequestScoped
@Tag(name = "money")
@Produces(MediaType.APPLICATION_JSON)
public class PricingResource {

  static final BigDecimal DEFAULT_TARGET_ROI = BigDecimal.valueOf(100);

  @Inject FeeScheduleStore schedules;
  @Inject ItemFacts items;
  @Inject ListingPrices listingPrices;

  /** One platform's answer. */
  public static class PlatformPrice {
    public String platform;
    public boolean reachable;
    public BigDecimal lowestPrice;
    public QuoteView quote;
  }

  /** A current listing and its profit at its price. */
  public static class ListingProfit {
    public String platform;
    public String status;
    public BigDecimal listPrice;
    public Boolean reachesTarget;
    public QuoteView quote;
  }

  /** The pricing of one item. */
  public static class Pricing {
    public UUID lotId;
    public String itemName;
    public String category;
    public BigDecimal landedCost;
    public BigDecimal targetRoi;
    public BigDecimal shippingCharged;
    public BigDecimal shippingCost;
    public BigDecimal buyerSalesTaxPercent;
    public List<PlatformPrice> platforms;
    public List<ListingProfit> listings;
  }

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "The list price per platform that reaches a target ROI, and profit at current prices",
      description =
          "target_roi in percent (default 100, must be above -100); shipping_cost is what postage"
              + " will cost you, shipping_charged what the buyer pays for it, buyer_sales_tax_percent"
              + " the tax the platform collects (it matters where fees include tax). All optional.")
  public Pricing pricing(
      @PathParam("id") UUID lotId,
      @QueryParam("target_roi") String targetRoi,
      @QueryParam("shipping_cost") String shippingCost,
      @QueryParam("shipping_charged") String shippingCharged,
      @QueryParam("buyer_sales_tax_percent") String buyerTax) {
    Checks checks = new Checks();
    BigDecimal roi = checks.number("target_roi", targetRoi);
    if (targetRoi != null && roi == null) checks.done();
    roi = roi == null ? DEFAULT_TARGET_ROI : roi;
    checks.percent("target_roi", roi, BigDecimal.valueOf(-100), true);
    BigDecimal cost =
        checks.amount("shipping_cost", checks.number("shipping_cost", shippingCost), false);
    BigDecimal charged =
        checks.amount(
            "shipping_charged", checks.number("shipping_charged", shippingCharged), false);
    BigDecimal tax =
        checks.rate("buyer_sales_tax_percent", checks.number("buyer_sales_tax_percent", buyerTax));
    checks.done();

    ItemCost item = items.item(lotId);
    Category category = Category.parse(item.category()).orElse(null);
    BigDecimal unitCost =
        ProfitCalculator.landedCostOfUnits(
            item.totalCost(),
            item.quantity(),
            Math.min(item.quantitySold(), item.quantity() - 1),
            1);
    SaleAssumptions assumptions = new SaleAssumptions(charged, cost, tax);
    PricingCalculator calculator = new PricingCalculator(new FeeCalculator(schedules.current()));

    Pricing p = new Pricing();
    p.lotId = lotId;
    p.itemName = item.itemName();
    p.category = item.category();
    p.landedCost = unitCost;
    p.targetRoi = roi;
    p.shippingCharged = charged;
    p.shippingCost = cost;
    p.buyerSalesTaxPercent = tax;
    p.platforms = new ArrayList<>();
    for (Platform platform : Platform.values()) {
      Optional<PriceQuote> q =
          calculator.lowestPrice(platform, category, unitCost, roi, assumptions);
      PlatformPrice answer = new PlatformPrice();
      answer.platform = platform.value();
      answer.reachable = q.isPresent();
      answer.lowestPrice = q.map(PriceQuote::listPrice).orElse(null);
      answer.quote = q.map(QuoteView::of).orElse(null);
      p.platforms.add(answer);
    }
    p.listings = new ArrayList<>();
    for (ListingPrices.ListingPrice l : listingPrices.ofItem(lotId)) {
      ListingProfit answer = new ListingProfit();
      answer.platform = l.platform().value();
      answer.status = l.status();
      answer.listPrice = l.listPrice();
      if (l.listPrice() != null) {
        PriceQuote q =
            calculator.quote(l.platform(), category, unitCost, l.listPrice(), assumptions);
        answer.quote = QuoteView.of(q);
        answer.reachesTarget = PricingCalculator.reaches(q, roi);
      }
      p.listings.add(answer);
    }
    return p;
  }
}
