package app.resell.locations.control;

import java.util.UUID;

/**
 * Fired before a storage location is deleted. Features that keep things in locations observe it:
 * without {@code moveTo} they refuse (throw) while the location still holds something of theirs;
 * with it they move their things there. So the location feature never reads their tables.
 *
 * @param label the location as a person knows it ("Garage shelf (GS2)")
 * @param moveTo where what it holds goes, or null to refuse
 * @param moveToLabel that location as a person knows it
 */
public record LocationDeleting(UUID id, String label, UUID moveTo, String moveToLabel) {}
