import CoachRetrieval
import Testing

/// Expected stems from the Snowball project's English test vocabulary (`snowball-data/english`,
/// `voc.txt` → `output.txt`), chosen so that every step and every exceptional form is exercised.
@Suite struct EnglishStemmerTests {
    @Test(arguments: [
        ("generously", "generous"), ("running", "run"), ("decisions", "decis"), ("consigned", "consign"),
        ("consignment", "consign"), ("consistency", "consist"), ("knightly", "knight"), ("skies", "sky"),
        ("skis", "ski"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("news", "news"), ("only", "onli"),
        ("early", "earli"), ("gently", "gentl"), ("ugly", "ugli"), ("singly", "singl"), ("idly", "idl"),
        ("atlas", "atlas"), ("bias", "bias"), ("cosmos", "cosmos"), ("andes", "andes"), ("howe", "howe"),
        ("sky", "sky"), ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("cries", "cri"),
        ("gaps", "gap"), ("gas", "gas"), ("ministries", "ministri"), ("agreed", "agre"), ("feed", "feed"),
        ("proceed", "proceed"), ("succeed", "succeed"), ("exceed", "exceed"), ("exceedingly", "exceed"),
        ("inning", "inning"), ("outing", "outing"), ("canning", "canning"), ("herring", "herring"),
        ("earring", "earring"), ("evening", "evening"), ("evenings", "evening"), ("hoping", "hope"),
        ("hopping", "hop"), ("added", "add"), ("troubled", "troubl"), ("sized", "size"), ("failed", "fail"),
        ("filing", "file"), ("cry", "cri"), ("by", "by"), ("say", "say"), ("saying", "say"),
        ("conditional", "condit"), ("rational", "ration"), ("operator", "oper"), ("hopefulness", "hope"),
        ("callousness", "callous"), ("electrical", "electr"), ("hopeful", "hope"), ("goodness", "good"),
        ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"), ("defensible", "defens"),
        ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"), ("communism", "communism"),
        ("effective", "effect"), ("generate", "generat"), ("generous", "generous"), ("generalization", "general"),
        ("communication", "communic"), ("university", "universiti"), ("past", "past"), ("paste", "paste"),
        ("universal", "universal"), ("arsenal", "arsenal"), ("organization", "organiz"), ("emergency", "emergenc"),
        ("later", "later"), ("interesting", "interest"), ("archaeology", "archaeolog"), ("geologist", "geolog"),
        ("hopelessly", "hopeless"), ("fully", "fulli"), ("roll", "roll"), ("agreement", "agreement"),
        ("meetings", "meet"), ("meeting", "meet"), ("champions", "champion"), ("coaching", "coach"),
        ("coaches", "coach"), ("negotiation", "negoti"), ("negotiating", "negoti"), ("purchasing", "purchas"),
        ("relationship", "relationship"), ("objections", "object"), ("competitors", "competitor"),
    ])
    func stemsLikeTheSnowballVocabulary(word: String, stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }

    /// Words outside the vocabulary file, checked against Snowball's own implementation: suffixes of
    /// steps 2 to 4 in words made up for them, and apostrophes.
    @Test(arguments: [
        ("kiwis", "kiwi"), ("relational", "relat"), ("digitizer", "digit"), ("vietnamization", "vietnam"),
        ("formaliti", "formal"), ("sensibiliti", "sensibl"), ("triplicate", "triplic"), ("formative", "format"),
        ("replacement", "replac"), ("procurement", "procur"), ("stakeholders", "stakehold"),
        ("clients'", "client"), ("client's", "client"), ("'tis", "tis"),
    ])
    func stemsSuffixesAndApostrophesLikeSnowball(word: String, stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }

    @Test(arguments: ["IT", "GM", "café", "b2b", "ok", "to"])
    func leavesCapitalsOtherScriptsAndShortWordsAlone(word: String) {
        #expect(EnglishStemmer.stem(word) == word)
    }
}
