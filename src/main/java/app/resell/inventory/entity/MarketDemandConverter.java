package app.resell.inventory.entity;

import app.resell.setup.entity.EnumLabels;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * {@link MarketDemand} <-> its PostgreSQL enum label; named on each field (EclipseLink needs that).
 */
@Converter
public class MarketDemandConverter implements AttributeConverter<MarketDemand, String> {

  @Override
  public String convertToDatabaseColumn(MarketDemand value) {
    return EnumLabels.label(value);
  }

  @Override
  public MarketDemand convertToEntityAttribute(String label) {
    return EnumLabels.parse(MarketDemand.class, label);
  }
}
