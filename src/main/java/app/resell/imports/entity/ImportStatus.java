package app.resell.imports.entity;

import app.resell.setup.entity.EnumLabels;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Where an import stands. {@code needs_review} is a finished import whose figures disagree with the
 * document (an invoice whose lines do not add up to its printed totals).
 */
public enum ImportStatus {
  PENDING,
  PROCESSING,
  COMPLETED,
  NEEDS_REVIEW,
  FAILED,
  STOPPED;

  public String value() {
    return EnumLabels.label(this);
  }

  public boolean finished() {
    return this == COMPLETED || this == NEEDS_REVIEW || this == FAILED || this == STOPPED;
  }

  @Converter
  public static class StatusConverter implements AttributeConverter<ImportStatus, String> {
    @Override
    public String convertToDatabaseColumn(ImportStatus status) {
      return EnumLabels.label(status);
    }

    @Override
    public ImportStatus convertToEntityAttribute(String label) {
      return EnumLabels.parse(ImportStatus.class, label);
    }
  }
}
