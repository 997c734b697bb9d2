package app.resell.classifier.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.classifier.entity.ConditionCue;
import app.resell.taxonomy.entity.Condition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The condition policy's phrase table, one cue family at a time, then its precedence rules. */
class ConditionRulesTest {

  private static Condition conditionOf(String text) {
    return ConditionRules.decide(text).map(ConditionCue::condition).orElse(Condition.UNKNOWN);
  }

  @ParameterizedTest(name = "{0} -> mint")
  @ValueSource(
      strings = {
        "Barbie Holiday 1996 NRFB",
        "Hummel figurine, MIB",
        "Coach tote NWT",
        "LEGO 10255 factory sealed",
        "Nike Dunk, DS, deadstock",
        "Sylvania 6L6 tube, new old stock",
        "1881-S Morgan dollar BU",
        "1923 Peace dollar, uncirculated",
        "1964 proof set",
        "Plate block, MNH",
        "Scott 1053, never hinged",
        "Sterling place setting, unused in original boxes",
        "NIB, box wear",
        "Tablecloth, NIP",
        "Nike Dunk, new in box, never worn",
        "Unused, in original packaging",
        "Never used, still in box",
        "Sealed, box has shelf wear and a crushed corner"
      })
  void newInItsPackagingIsMint(String text) {
    assertThat(conditionOf(text)).isEqualTo(Condition.MINT);
  }

  @ParameterizedTest(name = "{0} -> excellent")
  @ValueSource(
      strings = {
        "Royal Albert set, like new",
        "Cookware, as new",
        "Coach bag EUC",
        "Spider-Man 300 NM",
        "comic VF/NM",
        "Lenox plates, never used",
        "Instant Pot, used once",
        "Vase, no chips or cracks",
        "Stemware, no chips, no dishwasher damage",
        "Morgan dollar AU 55",
        "First edition, near fine dust jacket",
        "Charizard PSA 9",
        "Pyrex bowl, flawless",
        "Excellent condition",
        "Excellent used condition"
      })
  void likeNewAndFlawlessClaimsAreExcellent(String text) {
    assertThat(conditionOf(text)).isEqualTo(Condition.EXCELLENT);
  }

  @ParameterizedTest(name = "{0} -> very_good")
  @ValueSource(
      strings = {
        "Levi's jacket, light wear",
        "Noritake plates, light utensil marks",
        "Boots, minor scuffs",
        "Watch, small scratch on crystal",
        "Poster, light fold",
        "Tablecloth, slight fading",
        "Abbey Road LP, VG+",
        "Patagonia jacket, gently used",
        "Very good condition",
        "1943 Walking Liberty half, VF 30",
        "Jeans, light wear and scratches to rivets"
      })
  void qualifiedWearIsVeryGood(String text) {
    assertThat(conditionOf(text)).isEqualTo(Condition.VERY_GOOD);
  }

  @ParameterizedTest(name = "{0} -> good")
  @ValueSource(
      strings = {
        "Good condition",
        "Dresser, used",
        "Coach bag, scuffs on corners",
        "Tray, tarnished",
        "Fiesta bowls, some utensil marks",
        "Records, jackets worn",
        "Hot Wheels lot, played with",
        "Mercury dimes, circulated",
        "Singer 221, tested, runs smooth",
        "Regulator clock, keeps time",
        "Receiver powers on",
        "Piano, needs tuning",
        "Dept 56 houses, lights up",
        "Jukebox, lights work, motor works fine"
      })
  void unqualifiedWearAndWorkingAreGood(String text) {
    assertThat(conditionOf(text)).isEqualTo(Condition.GOOD);
  }

  @ParameterizedTest(name = "{0} -> fair")
  @ValueSource(
      strings = {
        "Roseville vase, tiny chip to rim",
        "Pyrex bowl, flea bite",
        "Crock, hairline",
        "Platter, crazing",
        "Tablecloth, small stain",
        "Dress, tear at seam",
        "Sweater, moth holes",
        "Comic, crease on cover",
        "Tonka truck, small dent",
        "Skillet, light surface rust",
        "Lionel set, missing parts",
        "Figurine, old repair",
        "Lladro, professional restoration to hand",
        "Bible, foxing, loose spine",
        "Marantz receiver, works, some lamps out",
        "Pentax K1000, light seals gummy",
        "Snow globe, low water",
        "Receiver, no power cord, untested",
        "Record plays but skips",
        "Tray, heavily tarnished",
        "Book, reading copy",
        "Silverplate tray, copper showing",
        "Fair condition"
      })
  void damageWordsAreFairWhateverTheirSize(String text) {
    assertThat(conditionOf(text)).isEqualTo(Condition.FAIR);
  }

  @ParameterizedTest(name = "{0} -> poor")
  @ValueSource(
      strings = {
        "Poor condition",
        "Figurine, arms broken",
        "Pump organ, bellows rotted",
        "Books, water damaged",
        "Quilt, mildew",
        "Antique silk dress, shattered silk",
        "Canvas torn through",
        "Large tear through the canvas"
      })
  void brokenAndRottedArePoor(String text) {
    assertThat(conditionOf(text)).isEqualTo(Condition.POOR);
  }

  @ParameterizedTest(name = "{0} -> restoration")
  @ValueSource(
      strings = {
        "Empire chest, needs refinishing",
        "Lamp, needs rewiring",
        "Chairs, need re-caning",
        "Violin, needs restringing",
        "Chair frame, needs regluing",
        "Les Paul, needs setup",
        "Turntable, needs new belt",
        "Pedal car, barn find",
        "Schwinn, project bike",
        "Tractor, needs work"
      })
  void workStillToDoIsRestoration(String text) {
    assertThat(conditionOf(text)).isEqualTo(Condition.RESTORATION);
  }

  @ParameterizedTest(name = "{0} -> parts")
  @ValueSource(
      strings = {
        "Game Boy, for parts",
        "Watch lot, parts only",
        "Receiver, not working",
        "DS Lite, won't turn on",
        "Lawn mower, not running",
        "Laptop battery doesn't hold a charge",
        "Keurig, leaks",
        "Omega Constellation, for repair"
      })
  void brokenMechanismsArePartsOnly(String text) {
    assertThat(conditionOf(text)).isEqualTo(Condition.PARTS);
  }

  @ParameterizedTest(name = "{0} -> unknown")
  @ValueSource(
      strings = {
        "Roseville Pinecone vase",
        "Sold as is",
        "As-is, see photos",
        "Radio, untested",
        "Amp, unable to test",
        "Condition varies",
        "Hummel, signed, marked, retired, original box",
        "Lenox plates with COA, complete",
        "Roseville vase, maker's marks on base",
        "1939 New York World's Fair plate",
        "Franklin Mint die cast car",
        "Fair Isle sweater",
        "Game worn jersey, signed",
        "Stained glass window",
        "Mint set 1972",
        "Artist proof etching, signed",
        "Jeans, runs small",
        "14k ring, acid tested"
      })
  void boilerplateAndIdentityWordsSayNothing(String text) {
    assertThat(ConditionRules.decide(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tiny chip, not working, needs refinishing | PARTS",
        "Needs refinishing, veneer chips, light wear | RESTORATION",
        "Like new, small chip on base | FAIR",
        "Light wear, one small stain | FAIR",
        "No chips, light wear | VERY_GOOD",
        "No chips, cracks, or repairs; used | GOOD",
        "Excellent condition, works great | GOOD",
        "Minor scratches, old repair to handle | FAIR",
        "Broken, for parts | PARTS",
        "Glued, poor overall | POOR",
        "NIB, box has small tear | MINT",
        "Box has small tear | FAIR"
      })
  void strongestCueWins(String text, Condition expected) {
    assertThat(conditionOf(text)).isEqualTo(expected);
  }
}
