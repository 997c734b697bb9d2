package app.resell.inventory.entity;

import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of an item's activity log: who did what to the item or to one of its records (a listing,
 * a sale, a comparable sale), with the values before and after.
 */
public record ActivityEntry(
    UUID id,
    String entityType,
    UUID entityId,
    String actionType,
    JsonValue oldValues,
    JsonValue newValues,
    UUID userId,
    String userEmail,
    String ipAddress,
    String userAgent,
    String requestId,
    OffsetDateTime createdAt) {}
