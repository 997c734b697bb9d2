package app.resell.taxonomy.entity;

import app.resell.setup.entity.EnumLabels;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * {@link Condition} <-> its PostgreSQL enum label; named on each field (EclipseLink needs that).
 */
@Converter
public class ConditionConverter implements AttributeConverter<Condition, String> {

  @Override
  public String convertToDatabaseColumn(Condition value) {
    return EnumLabels.label(value);
  }

  @Override
  public Condition convertToEntityAttribute(String label) {
    return EnumLabels.parse(Condition.class, label);
  }
}
