package app.resell.classifier.control;

import app.resell.taxonomy.entity.Condition;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrase table of the condition policy (docs in /work/shared/CLASSIFICATION-POLICY.md, table
 * "Conditions"), as regular expressions over lower-cased, punctuation-folded text.
 *
 * <p>Order matters: {@link ConditionRules} applies the groups top to bottom and blanks out what a
 * group matched, so a longer or negated phrase claims its words before a shorter one sees them: "no
 * chips" is a flawless claim before "chip" is damage, "not working" is parts before "working" is
 * good, "small chip" is damage before "small ... scratch" is light wear, "maker's marks" and
 * "World's Fair" are neutral before "marks" and "fair" are grades.
 */
final class ConditionPhrases {

  private ConditionPhrases() {}

  /** A group of phrases with the grade it gives; {@code null} for phrases that say nothing. */
  record Group(Condition condition, Pattern pattern) {}

  private static final String QUALIFIER =
      "(?:very\\s+|some\\s+|a\\s+few\\s+|few\\s+|a\\s+|two\\s+|2\\s+)?"
          + "(?:light|lightly|minor|small|slight|slightly|faint|tiny|little|mild|minimal)";
  private static final String WEAR_WORD =
      "(?:wear|worn|scuffs?|scuffing|scuffed|scratch|scratches|scratched|scratching|marks?"
          + "|fading|faded|folds?|folded|fold\\s+lines?|pulls?|rubs?|rubbing|rubbed|tarnish"
          + "|tarnished|tarnishing|circulated|circulation|haze|cloudiness|play\\s*wear|pilling|frayed|fraying)";
  private static final String DAMAGE_WORD =
      "(?:chips?|chipped|chipping|nicks?|nicked|flakes?|flaking|flea\\s*bites?|cracks?|cracked"
          + "|cracking|hairlines?|crazing|crazed|stains?|stained|staining|tears?|torn|rips?|ripped"
          + "|holes?|creases?|creased|creasing|dents?|dented|dings?|dinged|rust|rusty|rusted"
          + "|rusting|missing|split|splits|warped|warping|bent|losses|loss|damage|damaged|corroded|corrosion|pitted|pitting|craquelure|wormholes?|worm\\s+holes?)";

  /** Packaging wear: ignored on a mint item (policy rule 2), otherwise graded by its words. */
  static final Group PACKAGING =
      group(
          null,
          "(?:box|boxes|package|packaging|card|blister|shrink\\s*wrap|cellophane|tags?|sleeve"
              + "|outer\\s+box)\\s+(?:has\\s+|shows\\s+|with\\s+)?(?:some\\s+)?(?:[a-z]+\\s+)?"
              + "(?:wear|shelf\\s+wear|scuffs?|dents?|creases?|crushed|tears?|damage|rubs?|dings?"
              + "|storage\\s+wear)|(?:(?:light|minor|slight|small)\\s+)?(?:shelf|storage)\\s+wear|(?:wear|damage|dents?|creases?"
              + "|tears?|scuffs?)\\s+(?:to|on)\\s+(?:the\\s+)?(?:box|package|packaging|card"
              + "|tags?|sleeve)");

  static final List<Group> GROUPS =
      List.of(
          // Words that look like cues but say nothing about condition.
          group(
              null,
              "untested|not\\s+tested|(?:unable\\s+to|cannot|cant|no\\s+way\\s+to)\\s+test|as[\\s-]+is|as[\\s-]+found|see\\s+(?:all\\s+)?(?:photos|pictures"
                  + "|pics|images)|condition\\s+varies|worlds?\\s+fair|fair\\s+isle|(?:county|state)"
                  + "\\s+fair|fair\\s+trade|makers?\\s+marks?|hall\\s*marks?|marks?\\s+(?:on|to)\\s+"
                  + "(?:the\\s+)?(?:base|bottom|back|underside|reverse)|pottery\\s+marks?|mint\\s+"
                  + "marks?|factory\\s+marks?|(?:franklin|danbury|highland|sunshine|silvertowne|washington)\\s+mint|(?:us|u\\s+s|united\\s+states|royal"
                  + "(?:\\s+canadian|\\s+australian)?|perth|denver|philadelphia|carson\\s+city)\\s+"
                  + "mint|mint\\s+(?:and|&)\\s+proof|mint\\s+(?:sets?|green|julep|tins?|leaf|tea)"
                  + "|artists?\\s+proof|printers?\\s+proof|trial\\s+proof|proof\\s+(?:of|print"
                  + "|prints)|runs?\\s+(?:small|large|big|true|narrow|wide|long|short)|(?:game|stage"
                  + "|screen|player|team|race|match|show|film|movie|concert|tour|fight)[\\s-]+"
                  + "(?:worn|used)|(?:worn|used)\\s+(?:by|in\\s+the)|(?:evening|work|resort|casual"
                  + "|formal|active|street|party|beach|lounge|sleep|night|bridal|outer|foot|under"
                  + "|eye|head|neck|sports?|ready\\s+to)\\s+wear|nothing\\s+missing|none\\s+missing"
                  + "|no\\s+missing\\s+\\w+|no\\s+(?:\\w+\\s+)?missing|good\\s+home|folds?\\s+(?:flat|up|down|out)|not\\s+missing|stained\\s+glass|leaded\\s+glass|tear"
                  + "\\s*drops?|tear[\\s-]+(?:sheet|off|away)|chip[\\s-]+carv\\w*|chip\\s+(?:and|n|&)"
                  + "\\s+dip|(?:poker|casino|clay|gaming|potato|chocolate|blue|computer|memory)\\s+"
                  + "chips?|snow\\s*flakes?|corn\\s+flakes|rust\\s+(?:colou?red|colou?r|red|orange"
                  + "|brown|velvet|suede)|(?:button|peep|key|pigeon|post|fox)\\s*holes?|hole\\s+(?:punch|saws?)"
                  + "|\\d+\\s+holes?|bent\\s+(?:glass|panel|wood|plywood)|fold[\\s-]+(?:out|up|down"
                  + "|over|away)|(?:tri|bi)[\\s-]?folds?|scratch[\\s-]+(?:built|pad|awl|board|test"
                  + "\\w*)|acid[\\s-]*test\\w*|(?:simichrome|409|acid)[\\s-]*tested|good\\s+for|xrf\\s+tested|tested\\s+(?:as|for|positive|at|\\d+\\s*k\\w*|gold|silver|sterling|to"
                  + "\\s+be)|tests?\\s+(?:as|for|positive|at)|two[\\s-]*toned?|tri[\\s-]*toned?"
                  + "|seal\\s+broken|bath\\s+(?:and|&)\\s+body\\s+works|(?:complete|collected|selected)\\s+works|restoration\\s+hardware|(?:leather|wood|metal)\\s*working|works\\s+of|broken\\s+seal|good\\s+(?:luck|housekeeping|humor|humour|year)"),
          // Flawless claims: negated damage is a grade, not damage.
          group(
              Condition.EXCELLENT,
              "(?:no|without|free\\s+of|free\\s+from|zero)\\s+(?:\\w+\\s+)?(?:chips?|cracks?"
                  + "|damage|repairs?|crazing|stains?|tears?|holes?|dents?|rust|flaws?|issues|problems"
                  + "|scratches|wear|flea\\s*bites?|hairlines?|nicks?|losses|rips?|dishwasher\\s+damage)"
                  + "(?:(?:\\s*(?:,|or|and|&|/|nor))+\\s*(?:no\\s+)?(?:chips?|cracks?|damage"
                  + "|repairs?|crazing|stains?|tears?|holes?|dents?|rust|flaws?|issues|problems"
                  + "|scratches|wear|flea\\s*bites?|hairlines?|nicks?|losses))*|(?:chip|crack"
                  + "|damage|stain|rust)[\\s-]+free"),
          group(
              Condition.PARTS,
              "for\\s+parts|parts\\s+only|parts\\s*(?:or|/|&|and)\\s*repairs?|repairs?\\s*(?:or|/|&)"
                  + "\\s*parts|not\\s+working|non[\\s-]?working|non[\\s-]?functional|not\\s+"
                  + "functional|not\\s+functioning|(?:does\\s*n[o]?t|doesnt|dont|do\\s+not|wont"
                  + "|will\\s+not|wouldnt|cant|can\\s*not|did\\s*n[o]?t|didnt)\\s+(?:work|turn"
                  + "|power|start|run|play|spin|hold|charge|boot|read|load|light|fire|heat|cool|ring|move|keep\\s+time)"
                  + "\\w*(?:\\s+(?:on|up|a\\s+charge))?|not\\s+running|no\\s+power(?!\\s+(?:cord|supply|adapter|adaptor|cable|brick|pack|button))|no\\s+(?:picture|sound|display|video|audio|image|spark|signal)|leaks|leaking"
                  + "|leaky|for\\s+repairs?|inoperable|as\\s+parts|not\\s+(?:starting|charging|heating|turning\\s+on|powering\\s+on)"),
          group(
              Condition.RESTORATION,
              "(?:needs?|requires?|in\\s+need\\s+of|will\\s+need|ready\\s+for)\\s+(?:to\\s+be\\s+)?"
                  + "(?:[a-z]+\\s+){0,3}?(?:refinish\\w*|restor\\w*|re-?[a-z]{3,}ing|rebuild\\w*|overhaul\\w*|rewir\\w*"
                  + "|re-?can\\w*|caning|re-?string\\w*|strings?|re-?glu\\w*|set[\\s-]?up|work"
                  + "|repairs?|tlc|love|replac\\w*|fix\\w*|re-?cover\\w*|re-?upholster\\w*"
                  + "|upholstery|belts?|cords?|plugs?|stylus|needle|cartridge|pads|seat|glass"
                  + "|reeds?|bellows|leathers|tubes?|capacitors|caps|recap\\w*|hinges?|legs?|parts?"
                  + "|attention|paint|painting|finish|wiring|gaskets?|springs?|mainspring|bulbs?"
                  + "|switch|socket|screen|keys|hammers)|(?:needs?|requires?)\\s+(?:[a-z]+\\s+){0,3}?new\\s+(?!batter)[a-z0-9]+|barn\\s+find|fixer[\\s-]?upper|project"
                  + "|(?<!professional\\s)(?<!professionally\\s)(?<!old\\s)restoration|to\\s+restore|restore\\s+or|for\\s+restore"),
          // Routine upkeep (after restoration, which claims "needs cleaning and new X").
          group(
              Condition.GOOD,
              "(?:needs?|requires?|could\\s+use|will\\s+need)\\s+(?:a\\s+|an\\s+)?(?:good\\s+"
                  + "|new\\s+|light\\s+)?(?:tuning|tune[\\s-]?up|cleaning|clean|polish|polishing"
                  + "|batter(?:y|ies)|oiling|oil|sharpening|servicing|service|dusting|pressing"
                  + "|washing|laundering)"),
          PACKAGING,
          group(
              Condition.POOR,
              "poor|broken|busted|(?:heavy|heavily|bad|badly|severe|severely|extensive|major)\\s+"
                  + "(?:damage|damaged)|dry\\s+rot|rotted|rotten|rot|water\\s+damage\\w*|mildew\\w*"
                  + "|moldy|mouldy|shattered|smashed|torn\\s+through|tears?\\s+through|destroyed|in\\s+pieces"),
          group(
              Condition.FAIR,
              "fair|no\\s+(?:power\\s+)?(?:cord|charger|adapter|remote|lid|stopper|key|controller)|heav(?:y|ily)\\s+(?:tarnish\\w*|scratch\\w*|scuff\\w*|fading|faded)|skips|skipping|(?:spine|binding|pages|hinges?|cover)\\s+(?:is\\s+|are\\s+)?loose|heavy\\s+wear|heavily\\s+worn|well\\s+worn|copper\\s+showing|bleed\\w*\\s+"
                  + "copper|reading\\s+copy|thins|thin\\s+spots?|faults?|glued|re-?glued|repair|repairs"
                  + "|repaired|old\\s+repairs?|professional(?:ly)?\\s+(?:restor\\w*|repair\\w*)"
                  + "|restored|touch[\\s-]?ups?|touched\\s+up|rewired|re-?finished|re-?painted"
                  + "|veneer\\s+(?:loss\\w*|lifting|chips?|missing)|lining\\s+loss\\w*|foxing|foxed"
                  + "|toning|toned|loose\\s+(?:spine|pages?|binding|hinges?|boards?|cover|leaves)"
                  + "|(?:lamps?|bulbs?|lights?|leds?|pixels?)\\s+(?:are\\s+|is\\s+)?out|crackly"
                  + "|scratchy\\s+(?:pots?|controls?|volume)|noisy\\s+pots?|gummy|low\\s+water"
                  + "|(?:shutter|keys?|valves?|drawers?|buttons?|switch)\\s+(?:sticks|sticky|sticking|stuck)|sticky\\s+(?:shutter|keys?|valves?|drawers?|buttons?)"
                  + "|works\\s+(?:but|except|intermittently|sometimes)|intermittent\\w*|"
                  + DAMAGE_WORD),
          group(
              Condition.EXCELLENT,
              "near[\\s-]+mint|mint[\\s-]+minus|like[\\s-]+new|as\\s+new|new\\s+without\\s+tags|nwot"
                  + "|(?:excellent|exc)\\s+(?:used\\s+)?(?:working\\s+)?(?:condition|cond|order|shape)"),
          group(
              Condition.MINT,
              "b?nib|nip|nrfb|nrfp|b?nwt|misb|mib|mip|moc|mosc|mnh|nisb|new\\s+in\\s+(?:the\\s+)?"
                  + "(?:original\\s+|sealed\\s+|unopened\\s+|retail\\s+)?(?:box|package|packaging"
                  + "|pack|bag|card|shrink\\s*wrap)|new\\s+with\\s+(?:tags?|box|labels?)|new\\s+old"
                  + "\\s+stock|dead\\s*stock|(?:factory|still)\\s+sealed|sealed|unopened|never\\s+"
                  + "opened|never\\s+hinged|brilliant\\s+uncirculated|uncirculated|unc|gem\\s+(?:mint"
                  + "|bu|unc)|proof|brand\\s+new|(?:unused|never\\s+used)\\s*,?\\s+(?:with|in|still\\s+in)\\s+(?:the\\s+|its\\s+)?"
                  + "(?:original\\s+)?(?:box|boxes|bands?|tags?|package|packaging|sleeve|wrapper"
                  + "|cellophane)|mint(?:\\s+(?:condition|cond|in\\s+box|on\\s+card|with\\s+tags))?"
                  + "|(?:psa|bgs|cgc|sgc)\\s*10"),
          group(
              Condition.EXCELLENT,
              "euc|excellent|exc|flawless|pristine|immaculate|unused|never\\s+used|never\\s+worn"
                  + "|never\\s+played|unworn|(?:used|worn|played)\\s+(?:only\\s+)?(?:once|twice)"
                  + "|barely\\s+used|hardly\\s+used|near\\s+fine|fine\\s+(?:condition|copy|cond)"
                  + "|(?:psa|bgs|cgc|sgc|beckett)\\s*[89](?:\\.\\d)?"),
          group(
              Condition.VERY_GOOD,
              "very\\s+good(?:\\s+used)?(?:\\s+condition)?|vgc|vg\\+?|vg-|gently\\s+(?:used|worn|played)|lightly\\s+(?:used|played)|light\\s+use"
                  + "|very\\s+fine|"
                  + QUALIFIER
                  + "\\s+(?:[a-z]+\\s+){0,2}?"
                  + WEAR_WORD
                  + "(?:\\s*(?:,|and|or|&|/)\\s*(?:"
                  + QUALIFIER
                  + "\\s+)?(?:[a-z]+\\s+)?"
                  + WEAR_WORD
                  + ")*(?:\\s+"
                  + WEAR_WORD
                  + ")?"),
          group(
              Condition.GOOD,
              "good|guc|used|(?:some|all|they|it|both|each|lights?|motor|sound|radio|everything)\\s+work|work(?:s|ing)?\\s+(?:great|fine|well|perfectly|good)|pre[\\s-]?owned|played\\s+with|player\\s+grade|works|working|tested"
                  + "|runs|running\\s+(?:condition|order|well|good|great)|keeps\\s+(?:good\\s+)?time"
                  + "|keeping\\s+time|powers?\\s+(?:on|up)|turns\\s+on|lights\\s+up|boots\\s+up"
                  + "|plays\\s+(?:well|great|fine|good|perfectly|through|clean|clear)|functional"
                  + "|functions|operational|scratchy|"
                  + WEAR_WORD.replace("|marks?", "|marks").replace("|pulls?", "")));

  /**
   * Grade codes that are only codes in capitals ("AU" for a coin, "NM" for a comic): matched on the
   * original text, case-sensitively.
   */
  static final List<Group> CODES =
      List.of(
          new Group(
              Condition.MINT,
              Pattern.compile(
                  "(?<![A-Za-z0-9])(?:BU|MS[- ]?[6-7][0-9]|PF[- ]?[6-7][0-9]|PR[- ]?[6-7][0-9]|NOS)(?![A-Za-z0-9])")),
          new Group(
              Condition.EXCELLENT,
              Pattern.compile(
                  "(?<![A-Za-z0-9])(?:VF/NM|NM/M|NM[-+]?|EX\\+?|AU(?:[- ]?[0-9]{2})?)(?![A-Za-z0-9+/-]|[- ]?[0-9])")),
          new Group(
              Condition.VERY_GOOD,
              Pattern.compile("(?<![A-Za-z0-9])VF(?:[- ]?[0-9]{2})?(?![A-Za-z0-9/])")));

  private static Group group(Condition condition, String alternatives) {
    return new Group(
        condition, Pattern.compile("(?<![a-z0-9])(?:" + alternatives + ")(?![a-z0-9])"));
  }
}
