package org.sitrep.mentions.places;

import java.util.Set;

/** Word lists the place recogniser uses (all lower case, accent-folded). */
final class PlaceWords {
    private PlaceWords() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Capitalised words that are never a place in English news, whatever the gazetteer says. */
    static final Set<String> NEVER = set(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "molotov", "july", "august", "september", "october", "november", "december", "i", "a",
            "an", "the", "of", "in", "on", "at", "to", "by", "and", "or", "but", "he", "she", "it", "we", "they",
            "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "you", "your", "who", "what",
            "when", "where", "why", "how", "there", "here", "then", "than", "if", "as", "so", "no", "not", "yes", "all",
            "some", "many", "most", "more", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "mr", "mrs", "ms", "dr", "president", "minister", "prime", "general", "gen", "police", "army",
            "government", "state", "islamic", "islam", "muslim", "muslims", "christian", "god", "allah", "prophet",
            "news", "reuters", "associated", "press", "afp", "ap", "bbc", "cnn", "said", "says", "told", "according",
            "officials", "official", "report", "reports", "update", "breaking", "photo", "video", "read", "more",
            "share", "comments", "comment", "email", "print", "home", "page", "click", "follow", "subscribe", "today",
            "yesterday", "tomorrow", "tonight", "morning", "evening", "night", "week", "month", "year", "day", "time",
            "people", "man", "woman", "men", "women", "children", "child", "family", "city", "town", "village",
            "district", "province", "region", "county", "country", "nation", "world", "international", "national",
            "federal", "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "university", "college", "school", "hospital", "church", "mosque", "court", "council", "party", "union",
            "ministry", "department", "office", "forces", "force", "military", "security", "group", "team", "club",
            "company", "inc", "ltd", "corp", "co", "st", "street", "road", "avenue", "boulevard", "lane", "drive",
            "square", "park", "center", "centre", "hall", "house", "building", "tower", "bridge", "airport",
            "station", "port", "harbour", "harbor", "market", "camp", "base", "post", "times", "mail", "star", "sun",
            "daily", "weekly", "herald", "tribune", "journal", "gazette", "globe", "observer", "chronicle",
            "telegraph", "guardian", "independent", "express", "mirror", "record", "review", "standard", "sports",
            "sport", "football", "soccer", "cup", "league", "championship", "olympic", "olympics", "games", "game",
            "love", "hope", "faith", "grace", "joy", "peace", "liberty", "freedom", "justice", "victory", "unity",
            "independence", "republic", "kingdom", "empire", "union", "federation", "alliance", "coalition", "jihad",
            "al", "el", "bin", "ibn", "abu", "abdul", "abd", "sheikh", "imam", "mullah", "haji", "hajji", "saint",
            "lord", "sir", "king", "queen", "prince", "princess", "emir", "sultan", "chief", "commander", "captain",
            "colonel", "major", "sergeant", "officer", "detective", "judge", "senator", "governor", "mayor", "sheriff",
            "director", "chairman", "spokesman", "spokeswoman", "secretary", "ambassador", "envoy", "doctor",
            "professor", "english", "arabic", "french", "spanish", "internet", "web", "online", "covid", "coronavirus",
            "virus", "ebola", "sars", "flu", "influenza", "h1n1", "swine", "bird", "health", "who", "un", "nato",
            "isis", "isil", "daesh", "taliban", "hamas", "hezbollah", "qaeda", "boko", "haram", "shabaab", "houthi",
            "houthis", "kurds", "kurdish", "sunni", "shia", "shiite", "arab", "arabs", "western", "black", "white",
            "red", "green", "blue", "new", "old", "great", "little", "big", "good", "best", "first", "last", "next",
            "after", "before", "during", "since", "while", "also", "however", "meanwhile", "although", "because",
            "despite", "about", "over", "under", "between", "against", "among", "across", "through", "into", "from",
            "with", "without", "within", "for", "up", "down", "out", "off", "just", "only", "even", "still", "now",
            "earlier", "later", "other", "another", "such", "each", "every", "both", "either", "neither", "any",
            "several", "few", "much", "very", "well", "back", "way", "life", "death", "war", "attack", "attacks",
            "bomb", "blast", "killed", "dead", "troops", "soldiers", "rebels", "militants", "fighters", "civilians",
            "residents", "sources", "witnesses", "source", "media", "tv", "radio", "channel", "online", "paper",
            "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpl", "pvt", "act", "bank", "chamber", "area", "section",
            "commissioner", "metro", "pack", "passover", "jesus", "christ", "superior", "northeast", "northwest",
            "southeast", "southwest", "drug", "royal", "human", "care", "mad", "free", "story", "course", "research",
            "corporation", "supreme", "vice", "congress", "snow", "mega", "white house", "senate", "parliament",
            "cabinet", "assembly", "embassy", "consulate", "mission", "operation", "brigade", "battalion", "division",
            "regiment", "front", "movement", "council", "committee", "ramadan", "eid", "hajj", "bible", "koran",
            "quran", "sharia", "facebook", "twitter", "google", "youtube", "whatsapp", "telegram", "amazon", "apple",
            "general assembly", "security council", "el nino", "la nina", "notre dame", "capitol", "pentagon",
            "kremlin", "local", "lga", "capital", "downtown", "uptown", "midtown", "central park", "main street", "grand", "union station",
            "line",
            // abbreviations before a dot: titles and months ("The Rev. Roy Jones", "Sens. Byrd", "on Nov. 13")
            "rev", "sens", "reps", "jan", "feb", "apr", "aug", "sept", "oct", "nov", "dec",
            // common words and parts of organisation and brand names that some small town bears
            "none", "along", "part", "law", "labor", "labour", "recovery", "reserve", "trooper", "naval", "middle",
            "walk", "lot", "democrat", "democrats", "economy", "patrol", "wal", "mart", "toyota", "honda");

    /**
     * Common English words (and first names) that are also place names: accepted only mid-sentence, capitalised,
     * and only when a candidate is a country, a first-order division or has at least {@link #COMMON_MIN_POP} people.
     */
    static final Set<String> COMMON = set(
            "male", "mobile", "nice", "enterprise", "sale", "police", "reading", "bath", "split", "mark", "hope",
            "union", "liberty", "independence", "victoria", "florence", "regina", "orange", "marion", "jackson",
            "lincoln", "clinton", "franklin", "madison", "jefferson", "hamilton", "lafayette", "austin",
            "eugene", "charlotte", "elizabeth", "troy", "homer", "alexandria", "earth", "equality", "alpha", "bishop",
            "chester", "kent", "cork", "derby", "worcester", "gloucester",
            "obama", "bush", "trump", "said", "sharif", "assad", "guinea",
            "darwin", "wellington", "nelson",
            "kingston", "hastings", "bedford", "stanley", "douglas", "wallace", "howard", "gary", "warren", "tyler",
            "bryan", "allen", "carlos", "alberto", "pedro", "juan", "jose", "maria", "santa", "san", "mary", "john",
            "james", "david", "michael", "mohammed", "muhammad", "ahmed", "ali", "omar", "hassan", "hussein",
            "abdullah", "ibrahim", "mustafa", "khalid", "salem", "rashid", "karim", "aziz", "malik", "mansour",
            "nasser", "haider", "harris", "lewis", "martin", "moore", "taylor", "young", "king", "price", "page",
            "long", "short", "hill", "field", "wood", "ford", "beach", "bay", "mount", "lake", "river", "valley",
            "springs", "falls", "rock", "grove", "ridge", "forest", "garden", "gardens", "plains", "harbor", "haven",
            "village", "ville", "university", "college", "buffalo", "eagle", "bear", "deer", "fox", "wolf", "lion",
            "march", "may", "june", "august", "friday", "christmas", "easter", "chance", "wish", "ideal", "energy",
            "commerce", "industry", "progress", "success", "unity", "harmony", "concord", "accord", "amity",
            "justice", "defiance", "fortune", "plenty", "surprise", "why", "goes", "says", "asks", "ask", "bar",
            "van", "man", "are", "bat", "aba", "ado", "ede", "ila", "uyo", "ise", "iwo", "isa", "obi", "ore", "oyo",
            "bida", "gusau", "wad", "nil", "zero", "best", "gap", "sin", "tar", "bam", "ban", "bani", "beni", "dam",
            "bala", "garden", "cape", "central", "general", "president", "colonel", "sultan", "emir", "amir",
            "governor", "captain", "major", "mayor", "deputy", "imam", "mufti");

    static final long COMMON_MIN_POP = 100_000;

    /** Words after "capital" that make it money or a sentence, not a city ("Kenyan capital markets", "capital punishment"). */
    static final Set<String> CAPITAL_NOT_CITY = set("markets", "market", "flows", "flow", "gains", "gain", "punishment",
            "investment", "investments", "expenditure", "spending", "controls", "account", "base", "stock", "budget",
            "inflows", "outflows", "requirements", "ratio", "adequacy", "injection", "costs", "goods", "letters",
            "offence", "offense", "crime", "crimes", "murder", "case", "cases");

    /**
     * Common given names and surnames that are also (mostly small) place names: without a country, division or big
     * city among the candidates they are taken as names of people.
     */
    static final Set<String> PERSON_NAMES = set("brent", "dean", "charlie", "dale", "ron", "trent", "alex", "phillip",
            "bruno", "kristina", "leo", "rod", "curtis", "sheldon", "kristen", "jay",
            "chuck", "rick", "james", "john", "robert", "michael", "william", "david", "richard",
            "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
            "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason",
            "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
            "brandon", "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis",
            "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle",
            "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry",
            "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce",
            "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene",
            "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "mary", "patricia", "jennifer",
            "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty",
            "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda",
            "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley",
            "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine",
            "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia",
            "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith",
            "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa",
            "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia", "judy", "grace",
            "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany",
            "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "smith", "johnson", "williams", "brown",
            "jones", "garcia", "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "wilson",
            "anderson", "taylor", "moore", "jackson", "martin", "lee", "perez", "thompson", "white", "harris",
            "sanchez", "clark", "ramirez", "lewis", "robinson", "walker", "young", "allen", "king", "wright",
            "torres", "nguyen", "hill", "flores", "green", "adams", "nelson", "baker", "hall", "rivera", "campbell",
            "mitchell", "carter", "roberts", "gomez", "phillips", "evans", "turner", "diaz", "parker", "cruz",
            "edwards", "collins", "reyes", "stewart", "morris", "morales", "murphy", "cook", "rogers", "gutierrez",
            "ortiz", "morgan", "cooper", "peterson", "bailey", "reed", "kelly", "howard", "ramos", "kim", "cox",
            "ward", "richardson", "watson", "brooks", "chavez", "wood", "james", "bennett", "gray", "mendoza",
            "ruiz", "hughes", "price", "alvarez", "castillo", "sanders", "patel", "myers", "long", "ross", "foster",
            "jimenez", "powell", "jenkins", "perry", "russell", "sullivan", "bell", "coleman", "butler",
            "henderson", "barnes", "gonzales", "fisher", "vasquez", "simmons", "romero", "jordan", "patterson",
            "alexander", "hamilton", "graham", "reynolds", "griffin", "wallace", "moreno", "west", "cole", "hayes",
            "bryant", "herrera", "gibson", "ellis", "tran", "medina", "aguilar", "stevens", "murray", "ford",
            "castro", "marshall", "owens", "harrison", "fernandez", "mcdonald", "woods", "washington", "kennedy",
            "wells", "vargas", "henry", "chen", "freeman", "webb", "tucker", "guzman", "burns", "crawford", "olson",
            "simpson", "porter", "hunter", "gordon", "mendez", "silva", "shaw", "snyder", "mason", "dixon", "munoz",
            "hunt", "hicks", "holmes", "palmer", "wagner", "black", "robertson", "boyd", "rose", "stone", "salazar",
            "fox", "warren", "mills", "meyer", "rice", "schmidt", "garza", "daniels", "ferguson", "nichols",
            "stephens", "soto", "weaver", "ryan", "gardner", "payne", "grant", "dunn", "kelley", "spencer", "hawkins",
            "arnold", "pierce", "vazquez", "hansen", "peters", "santos", "hart", "bradley", "knight", "elliott",
            "dan", "ben", "kate", "dave", "sam", "tom", "nadia", "hailey", "adrian", "manuel", "levi", "craig",
            "marc", "ava", "desmond", "ricardo", "andres", "vladimir", "mike", "chris", "nick", "jim", "bob",
            "bill", "steve", "tony", "pat", "liz", "sue", "barry", "wilkinson", "dyer", "welch", "chapman",
            "webster", "corbin",
            "cunningham", "duncan", "armstrong", "hudson", "carroll", "lane", "riley", "andrews", "alvarado", "ray",
            "delgado", "berry", "perkins", "hoffman", "johnston", "matthews", "pena", "richards", "contreras",
            "willis", "carpenter", "lawrence", "sandoval", "wang", "li", "zhang", "liu", "chen", "yang", "huang",
            "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "bush", "obama",
            "clinton", "trump", "biden", "blair", "cameron", "putin", "merkel", "bautista", "balart", "harman");

    /** Titles before a person's name: a place-named word after them is a name. */
    static final Set<String> TITLES = set("mr", "mrs", "ms", "miss", "dr", "president", "gen", "general", "minister",
            "sheikh", "shaikh", "imam", "mullah", "king", "queen", "prince", "princess", "emir", "judge", "senator",
            "sen", "rep", "gov", "governor", "mayor", "commander", "cmdr", "colonel", "col", "lt", "lieutenant",
            "capt", "captain", "sgt", "sergeant", "maj", "major", "officer", "detective", "det", "prof", "professor",
            "rev", "reverend", "father", "pope", "bishop", "ayatollah", "mufti", "sultan", "lord", "lady", "sir",
            "chancellor", "secretary", "spokesman", "spokeswoman", "brig", "brigadier", "field", "marshal", "adm",
            "admiral", "justice", "saint", "st", "coach", "chairman", "ceo", "haji", "hajji", "mohammad", "mohammed");

    /** Particles inside Arabic and other personal names ("Abu Bakr al Baghdadi"). */
    static final Set<String> NAME_PARTICLES = set("al", "el", "bin", "ibn", "bint", "abu", "ould", "ben", "van",
            "von", "da", "de", "del", "della", "di", "dos", "das", "le", "la", "mac", "mc", "o", "ter", "ter");

    /** Heads that make a preceding place name part of an organisation or building name. */
    static final Set<String> ORG_HEADS = set("day", "university", "college", "school", "academy", "institute", "post",
            "times", "herald", "tribune", "journal", "gazette", "globe", "observer", "chronicle", "telegraph",
            "courier", "examiner", "inquirer", "bulletin", "sentinel", "daily", "news", "press", "review", "record",
            "company", "corporation", "corp", "inc", "ltd", "llc", "group", "bank", "club", "fc", "united", "rovers",
            "airlines", "airways", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive",
            "hill", "hills", "church", "cathedral", "chapel", "stadium", "arena", "hall", "hotel", "inn", "mall",
            "dawn", "shield", "declaration", "accord", "accords", "agreement", "convention", "protocol", "process",
            "conference", "summit", "talks", "museum", "library", "zoo", "capitals", "giants", "jets", "lakers",
            "senators", "rangers", "heights", "springs", "plaza", "tower", "towers",
            "elementary", "middle", "high", "foundation", "society", "association", "commission", "committee",
            "council", "authority", "agency", "board", "department", "railway", "railroad", "express", "center",
            "centre", "medical", "memorial", "international", "park", "square", "bridge", "trust");

    /**
     * Heads of facility names ("Benghazi Medical Centre", "Kabul University"): the facility lies in the town it is
     * named after, so a town that is a division, a country or big enough keeps its place reading.
     */
    static final Set<String> FACILITY_HEADS = set("university", "college", "school", "academy", "institute",
            "medical", "stadium", "museum", "library", "mall", "cathedral", "hotel", "zoo", "airport", "arena");

    /** Least population of a town whose name before a facility head still reads as the town. */
    static final long FACILITY_MIN_POP = 50_000;

    /** Words after a country name or demonym that make it a modifier, not a place ("Saudi-led", "US dollar"). */
    static final Set<String> MODIFIER_HEADS = set("led", "backed", "funded", "sponsored", "supported", "made",
            "built", "supplied", "armed", "trained", "brokered", "dollar", "dollars");

    /** First parts of hyphenated words that leave the second part a name ("pro-Kabul", "anti-Taliban"). */
    /** Function words inside a hyphenated common phrase ("hit-and-run", "face-to-face"): no piece of it is a place. */
    static final Set<String> PHRASE_LINKS = set("and", "or", "to", "for", "by", "the", "a", "in", "on", "at", "with");

    /**
     * Countries whose first-order divisions English-language news calls states: "Punjab State", "the state of
     * Punjab" mean India's Punjab; "Punjab province" means Pakistan's.
     */
    static final Set<String> STATE_COUNTRIES = set("US", "IN", "NG", "MX", "BR", "AU", "MY", "SD", "SS", "DE", "AT",
            "VE", "MM");

    static final Set<String> HYPHEN_PREFIXES = set("pro", "anti", "ex", "non", "post", "pre", "mid", "pan", "trans",
            "cross", "inter", "sub", "neo", "north", "south", "east", "west", "greater", "al", "el", "ul");

    /**
     * Last words of South Asian organisation and assembly names that are also place names elsewhere ("Lok Sabha",
     * "Kisan Sangha", "Shiv Sena"): after another capitalised word, or after "the", they are no place.
     */
    static final Set<String> ORG_TAILS = set("sabha", "sangha", "sangh", "samiti", "parishad", "morcha", "sena",
            "dal", "manch", "mandal", "sangathan", "sangram", "league", "majlis", "jamaat", "tehreek", "ittehad");

    /** Generic heads of Arabic and other transliterated names ("Jebel X", "Wadi X"): alone they name no place. */
    static final Set<String> GENERIC_HEADS = set("jebel", "jabal", "djebel", "wadi", "tell", "tal", "ain", "bir",
            "kafr", "deir", "ras", "khirbet", "khirbat", "umm", "beit", "bayt", "qasr", "madinat", "madinah", "hay",
            "souq", "suq", "hai", "haret", "harat", "sheikh", "tel", "dar", "bab", "jisr", "qaryat", "mazraat");

    /** Heads of neighbourhood names in Latin America and elsewhere ("Colonia X", "Jardim X", "Vila X"). */
    static final Set<String> NEIGHBOURHOOD_HEADS = set("colonia", "col", "jardim", "vila", "bairro", "barrio",
            "loteamento", "conjunto", "residencial", "fraccionamiento", "fracc", "parque", "villa", "sector", "mohalla");

    /** Compass and position words that begin hyphenated division names ("Sud-Kivu", "Haut-Uele", "Nord-Est"). */
    static final Set<String> COMPASS_PREFIXES = set("sud", "nord", "est", "ouest", "centre", "haut", "bas", "moyen",
            "extreme", "north", "south", "east", "west", "upper", "lower", "central");

    /** Lower-case Arabic articles inside names ("Madinat as Saleh", "Kafr al Sous"). */
    static final Set<String> ARTICLES = set("al", "as", "ash", "ad", "ar", "an", "at", "az", "el", "ez", "es", "ed",
            "er", "en", "adh", "ath", "ul", "il");

    /** Prepositions before a place: "sources in Pretoria said" keeps Pretoria a place. */
    static final Set<String> LOCATIVE = set("in", "at", "from", "near", "outside", "inside");

    /** Division type words after a name ("Borno State", "Balkh province"). */
    static final Set<String> DIVISION_WORDS = set("state", "province", "governorate", "region", "district",
            "county", "parish", "prefecture", "department", "oblast", "municipality", "division", "territory",
            "emirate", "wilaya", "wilayat", "muhafazah", "canton");

    /** Compass words for "south of X" and "20 km north-east of X". */
    static final Set<String> DIRECTIONS = set("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north east", "north west", "south east", "south west");

    /** Adjectives for a part of a country or region ("eastern Libya"). */
    static final Set<String> PARTS = set("northern", "southern", "eastern", "western", "central", "northeastern",
            "northwestern", "southeastern", "southwestern", "north eastern", "north western", "south eastern",
            "south western", "upper", "lower", "coastal", "rural");

    /** Words before a place meaning "near it". */
    static final Set<String> NEAR_WORDS = set("near", "outside", "nearby", "around", "neighbouring",
            "neighboring");

    /** Distance units for "20 km from X". */
    static final Set<String> UNITS = set("km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles",
            "mile", "mi", "metres", "meters", "m");

    /** Adjectives of continents and world regions, mapped to the region's gazetteer name. */
    static final String[][] REGION_DEMONYMS = {
        {"European", "Europe"}, {"Europeans", "Europe"}, {"African", "Africa"}, {"Africans", "Africa"},
        {"Asian", "Asia"}, {"Asians", "Asia"}, {"Latin American", "Latin America"}, {"Latin Americans", "Latin America"},
        {"Middle Eastern", "Middle East"}, {"North African", "North Africa"}, {"West African", "West Africa"},
        {"East African", "East Africa"}, {"Scandinavian", "Scandinavia"}, {"Balkan", "Balkans"},
        {"Central Asian", "Central Asia"}, {"Southeast Asian", "Southeast Asia"}, {"South Asian", "South Asia"},
        {"Sub-Saharan", "Sub-Saharan Africa"}, {"Central American", "Central America"},
        {"South American", "South America"}, {"North American", "North America"}, {"Caucasian", "Caucasus"},
        {"Kurdish", "Kurdistan"}, {"Sahrawi", "Western Sahara"}, {"Kashmiri", "Kashmir"}, {"Palestinian", "West Bank"},
    };

    /** Lower-case words after a place name that make it the name of a disease or its agent ("Marburg virus"). */
    static final Set<String> DISEASE_HEADS = set("virus", "viruses", "ebolavirus", "fever", "disease",
            "hemorrhagic", "haemorrhagic", "strain", "variant");

    /** Era markers after a year ("300 BC", "AD 70" aside): after a number they name no place. */
    static final Set<String> ERAS = set("bc", "bce", "ad", "ce");

    /** Abbreviations that name a place only with their dot ("Calif.", "Miss."): without it they are words or names. */
    static final Set<String> NEEDS_DOT = set("ont", "que", "alta", "sask", "nfld", "vic", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ill", "ind",
            "kan", "kans", "mass", "mich", "minn", "miss", "mont", "neb", "nebr", "nev", "okla", "ore", "oreg", "penn",
            "tenn", "tex", "wash", "wis", "wisc", "wyo");

    /** Verbs of speech after a name: "Obama said" is a person, unless the name is a country (metonymy). */
    static final Set<String> SPEECH = set("said", "says", "told", "added", "asked", "wrote", "explained",
            "argued", "insisted", "tweeted", "stated", "noted");
}
