package app.resell.listings.control;

import java.util.UUID;

/**
 * Where an imported sale came from: the marketplace's order and line, which identify it (a second
 * sale with the same platform, order and line is refused by the database), its currency and the
 * import job that read it. A sale typed in by hand has no origin.
 */
public record SaleOrigin(String orderId, String lineId, String currency, UUID importJobId) {}
