package app.resell.inventory.control;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What an item made from its sales so far, and how long it took (docs/MONEY.md section 12). All
 * money fields are null until the item has a sale; the days follow the item's listings.
 *
 * @param netProceeds the sum of its sales' net proceeds
 * @param netProfit net proceeds minus the landed cost of the units sold (not of unsold units)
 * @param roiPercent net profit / cost of the units sold x 100, half-up to 2 decimals
 * @param marginPercent net profit / revenue x 100, half-up to 2 decimals
 * @param daysToSell acquisition to the sale of the last unit; null until sold out
 * @param daysListed first listing to the last unit's sale when sold out, else the days its active
 *     or pending listings have been up
 */
public record ItemMoney(
    BigDecimal netProceeds,
    BigDecimal netProfit,
    BigDecimal roiPercent,
    BigDecimal marginPercent,
    Integer daysToSell,
    Integer daysListed) {

  public static final ItemMoney NONE = new ItemMoney(null, null, null, null, null, null);

  /**
   * Reads the five {@link ItemSearchSql#MONEY_COLUMNS} and days listed, starting at {@code first}.
   */
  static ItemMoney read(ResultSet rs, int first) throws SQLException {
    return new ItemMoney(
        rs.getBigDecimal(first),
        rs.getBigDecimal(first + 1),
        rs.getBigDecimal(first + 2),
        rs.getBigDecimal(first + 3),
        integer(rs, first + 4),
        integer(rs, first + 5));
  }

  private static Integer integer(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
