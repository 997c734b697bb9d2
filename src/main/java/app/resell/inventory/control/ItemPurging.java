package app.resell.inventory.control;

import java.util.UUID;

/**
 * Fired in the transaction that removes an item for good, before its row goes. Features that keep
 * more than rows for an item (photos keep files) observe it to let go of them; their rows would go
 * with the item's anyway (foreign keys with ON DELETE CASCADE).
 */
public record ItemPurging(UUID lotId) {}
