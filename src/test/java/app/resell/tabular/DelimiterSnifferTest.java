package app.resell.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterSnifferTest {

  @Test
  void picksTheSeparatorMostLinesAgreeOn() {
    String semicolons =
        "My stuff\nItem;Cost;Notes\n\"Lamp, brass\";5,00;ok\nVase;3,50;\"a, b, c\"\n";
    assertThat(DelimiterSniffer.sniff(semicolons)).isEqualTo(';');
    assertThat(DelimiterSniffer.sniff("Item\tCost\nLamp, brass\t5\nVase\t3\n")).isEqualTo('\t');
    assertThat(DelimiterSniffer.sniff("Item|Cost|Where\nLamp|5|eBay, Etsy\n")).isEqualTo('|');
    assertThat(DelimiterSniffer.sniff("Item\nLamp\n")).isEqualTo(',');
  }

  @Test
  void honoursExcelsSepHint() {
    assertThat(DelimiterSniffer.sniff("sep=|\r\nItem,Cost|x\n")).isEqualTo('|');
  }
}
