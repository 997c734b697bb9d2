package app.resell.locations.control;

import java.util.UUID;

/**
 * Fired before a storage location is deleted. Features that keep things in locations observe it and
 * refuse (throw) while the location still holds something of theirs, so the location feature never
 * reads their tables.
 */
public record LocationDeleting(UUID id, String code) {}
