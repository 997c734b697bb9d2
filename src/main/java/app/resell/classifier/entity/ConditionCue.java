package app.resell.classifier.entity;

import app.resell.taxonomy.entity.Condition;

/** A phrase of a listing that states its condition, and the grade the policy gives it. */
public record ConditionCue(Condition condition, String phrase) {}
