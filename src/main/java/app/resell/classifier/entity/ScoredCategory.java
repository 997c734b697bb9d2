package app.resell.classifier.entity;

import app.resell.taxonomy.entity.Category;

/** One candidate category with the model's probability for it. */
public record ScoredCategory(Category category, double probability) {}
