package app.resell.imports.entity;

import app.resell.setup.entity.EnumLabels;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What was uploaded. The database type {@code import_kind} matches. */
public enum ImportKind {
  PDF,
  EXCEL,
  CSV,
  /** A marketplace sales report (docs/SALES-IMPORT.md). */
  SALES;

  public String value() {
    return EnumLabels.label(this);
  }

  /** The batch job that imports this kind of file. */
  public String jobName() {
    return switch (this) {
      case PDF -> "import-invoice";
      case SALES -> "import-sales";
      default -> "import-sheet";
    };
  }

  @Converter
  public static class KindConverter implements AttributeConverter<ImportKind, String> {
    @Override
    public String convertToDatabaseColumn(ImportKind kind) {
      return EnumLabels.label(kind);
    }

    @Override
    public ImportKind convertToEntityAttribute(String label) {
      return EnumLabels.parse(ImportKind.class, label);
    }
  }
}
