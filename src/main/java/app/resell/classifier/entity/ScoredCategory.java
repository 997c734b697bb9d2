package app.resell.classifier.entity;

import app.resell.inventory.entity.Category;

/** One candidate category with the model's probability for it. */
public record ScoredCategory(Category category, double probability) {}
