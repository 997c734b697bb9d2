package app.resell.imports.control.sheet;

import app.resell.taxonomy.entity.Platform;

/**
 * A platform recognised in a reseller's own words. {@code name} keeps the original text so an
 * unknown venue ({@link Platform#OTHER}) or a booth number is not lost.
 */
public record PlatformMatch(Platform platform, String name) {}
