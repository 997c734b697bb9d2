package app.resell.taxonomy.entity;

import app.resell.setup.entity.EnumLabels;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link Category} <-> its PostgreSQL enum label; named on each field (EclipseLink needs that). */
@Converter
public class CategoryConverter implements AttributeConverter<Category, String> {

  @Override
  public String convertToDatabaseColumn(Category value) {
    return EnumLabels.label(value);
  }

  @Override
  public Category convertToEntityAttribute(String label) {
    return EnumLabels.parse(Category.class, label);
  }
}
