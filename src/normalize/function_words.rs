//! The function words of the languages other than English that retold reads with their own
//! stemmer: what tells the language, what says little, and what negates.
//!
//! Stop words and negations are written folded, as the keys are made: lower case, without
//! accents (`"für"` -> `"fur"`, `"não"` -> `"nao"`). The words that tell a language are written
//! as the articles spell them, lower case, since they are looked up before any folding.

/// Per language, twenty of its most frequent words that the other languages here rarely
/// write: `"und"`, `"nicht"` in German, `"les"`, `"dans"` in French. English comes first.
#[rustfmt::skip]
pub(super) const TELLING: [&[&str]; 7] = [
    &["the", "and", "of", "to", "is", "was", "that", "with", "for", "he", "said", "have",
      "were", "from", "this", "by", "it", "which", "are", "has"],
    &["der", "die", "das", "und", "nicht", "ist", "ein", "eine", "den", "dem", "mit", "von",
      "sich", "auch", "wird", "wurde", "sie", "zu", "des", "im"],
    &["le", "la", "les", "et", "des", "du", "une", "est", "dans", "pour", "qui", "que", "pas",
      "sur", "au", "avec", "ont", "été", "il", "ses"],
    &["el", "los", "las", "y", "del", "que", "en", "una", "por", "con", "para", "es", "se", "al",
      "su", "lo", "como", "fue", "más", "pero"],
    &["il", "gli", "della", "di", "che", "è", "un", "una", "per", "con", "non", "sono", "nel",
      "alla", "ha", "del", "dei", "anche", "più", "questo"],
    &["o", "os", "do", "da", "dos", "das", "que", "em", "um", "uma", "para", "com", "não", "no",
      "na", "ao", "mais", "foi", "pelo", "é"],
    &["de", "het", "een", "en", "van", "dat", "op", "te", "met", "voor", "niet", "zijn", "er",
      "aan", "ook", "werd", "wordt", "bij", "naar", "heeft"],
];

/// German function words. The days counted from the writing are among them, as in English:
/// wire copy filed `"heute"` is printed next morning as `"gestern"`.
#[rustfmt::skip]
pub(super) const GERMAN: &[&str] = &[
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "andere",
    "anderen", "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bisher", "da", "damit", "dann",
    "das", "dass", "dem", "den", "denen", "denn", "der", "des", "dessen", "die", "dies", "diese",
    "diesem", "diesen", "dieser", "dieses", "doch", "dort", "du", "durch", "ein", "eine", "einem",
    "einen", "einer", "eines", "er", "es", "etwa", "fur", "gegen", "gestern", "habe", "haben",
    "hat", "hatte", "hatten", "heute", "hier", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre",
    "ihrem", "ihren", "ihrer", "im", "in", "ins", "ist", "ja", "jede", "jedem", "jeden", "jeder",
    "jetzt", "kann", "kein", "keine", "keinen", "keinem", "keiner", "konne", "konnen", "konnte",
    "man", "mehr", "mit", "morgen", "muss", "nach", "nicht", "noch", "nun", "nur", "ob", "oder",
    "ohne", "rund", "sagte", "sei", "seien", "sein", "seine", "seinem", "seinen", "seiner", "seit",
    "sich", "sie", "sind", "so", "soll", "sollen", "sollte", "sowie", "uber", "um", "und", "uns",
    "unter", "vom", "von", "vor", "war", "waren", "was", "weil", "welche", "wenn", "werde",
    "werden", "wie", "wieder", "will", "wir", "wird", "wurde", "wurden", "zu", "zum", "zur",
    "zwischen",
];

/// French function words, with the elided ones as the tokenizer leaves them (`"l'"` -> `"l"`).
#[rustfmt::skip]
pub(super) const FRENCH: &[&str] = &[
    "a", "apres", "au", "aujourd'hui", "aussi", "aux", "avait", "avaient", "avant", "avec", "c",
    "ce", "cela", "ces", "cette", "comme", "d", "dans", "de", "deja", "demain", "depuis", "des",
    "dit", "donc", "du", "elle", "elles", "en", "entre", "est", "et", "etait", "ete", "etre",
    "eu", "hier", "il", "ils", "j", "je", "jusqu", "l", "la", "le", "les", "leur", "leurs",
    "lorsqu", "lors", "lui", "m", "ma", "mais", "me", "meme", "mes", "moi", "mon", "n", "ne",
    "ni", "nos", "notre", "nous", "on", "ont", "ou", "par", "pas", "plus", "pour", "puisqu", "qu",
    "que", "qui", "s", "sa", "sans", "se", "selon", "sera", "seront", "ses", "si", "son", "sont",
    "sous", "sur", "t", "ta", "te", "tes", "toi", "ton", "tres", "tu", "un", "une", "vos",
    "votre", "vous", "y",
];

/// Spanish function words.
#[rustfmt::skip]
pub(super) const SPANISH: &[&str] = &[
    "a", "al", "algo", "ante", "antes", "aunque", "ayer", "como", "con", "contra", "cual",
    "cuando", "de", "del", "desde", "dijo", "donde", "durante", "e", "el", "ella", "ellas",
    "ellos", "en", "entre", "era", "eran", "es", "esa", "ese", "eso", "esta", "estaba", "estan",
    "este", "esto", "estos", "fue", "fueron", "ha", "habia", "han", "hasta", "hay", "hoy", "la",
    "las", "le", "les", "lo", "los", "manana", "mas", "me", "mi", "mientras", "muy", "ni", "no",
    "nos", "o", "otra", "otro", "para", "pero", "por", "porque", "que", "se", "segun", "ser",
    "sera", "si", "sin", "sobre", "son", "su", "sus", "tambien", "tiene", "todo", "tras", "u",
    "un", "una", "uno", "unos", "y", "ya",
];

/// Italian function words, with the elided ones as the tokenizer leaves them (`"dell'"` ->
/// `"dell"`).
#[rustfmt::skip]
pub(super) const ITALIAN: &[&str] = &[
    "a", "ad", "agli", "ai", "al", "all", "alla", "alle", "anche", "c", "che", "chi", "ci",
    "come", "con", "d", "da", "dal", "dall", "dalla", "dei", "del", "dell", "della", "delle",
    "dello", "detto", "di", "domani", "dopo", "e", "ed", "era", "essere", "fra", "fu", "gia",
    "gli", "ha", "hanno", "i", "ieri", "il", "in", "io", "l", "la", "le", "lei", "li", "lo",
    "loro", "lui", "m", "ma", "mi", "ne", "nei", "nel", "nell", "nella", "non", "o", "oggi",
    "per", "piu", "poi", "quale", "quando", "quell", "quest", "questa", "questo", "s", "se", "si",
    "sia", "sono", "su", "sua", "sue", "sul", "sull", "sulla", "suo", "t", "tra", "un", "una",
    "uno", "v",
];

/// Portuguese function words.
#[rustfmt::skip]
pub(super) const PORTUGUESE: &[&str] = &[
    "a", "amanha", "ao", "aos", "apos", "as", "ate", "com", "como", "da", "das", "de", "disse",
    "do", "dos", "e", "ela", "elas", "ele", "eles", "em", "entre", "era", "esta", "este", "foi",
    "foram", "ha", "hoje", "isso", "ja", "mais", "mas", "na", "nas", "nao", "nem", "no", "nos",
    "o", "ontem", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "quando", "que",
    "se", "segundo", "sem", "ser", "seu", "seus", "sobre", "sua", "suas", "tambem", "tem", "um",
    "uma", "umas", "uns",
];

/// Dutch function words.
#[rustfmt::skip]
pub(super) const DUTCH: &[&str] = &[
    "aan", "al", "als", "bij", "dan", "dat", "de", "den", "der", "deze", "die", "dit", "door",
    "een", "en", "er", "gisteren", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij",
    "hoe", "hun", "ik", "in", "is", "je", "kan", "maar", "me", "met", "mij", "morgen", "na",
    "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "ook", "op", "over", "te",
    "tegen", "toch", "tot", "u", "uit", "van", "vandaag", "veel", "voor", "want", "was", "waren",
    "wat", "we", "wel", "werd", "werden", "wie", "wij", "wordt", "worden", "zal", "ze", "zei",
    "zich", "zij", "zijn", "zo", "zonder",
];

/// Per language other than English, the words that negate what a sentence says: dropped or
/// added in a sentence of the source's shape, they turn it (`"sans licenciement"` -> `"avec des
/// licenciements"`). Italian `"né"` is left out: folded, it is the pronoun `"ne"`.
#[rustfmt::skip]
pub(super) const NEGATIONS: [&[&str]; 6] = [
    &["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "ohne",
      "weder"],
    &["ne", "n", "non", "pas", "jamais", "aucun", "aucune", "sans", "ni", "rien"],
    &["no", "nunca", "jamas", "ningun", "ninguna", "ninguno", "sin", "ni", "nada"],
    &["non", "mai", "nessun", "nessuno", "nessuna", "senza", "niente"],
    &["nao", "nunca", "jamais", "nenhum", "nenhuma", "sem", "nem", "nada"],
    &["niet", "geen", "nooit", "zonder", "noch", "niets"],
];

/// The words French and Italian write onto the next with an apostrophe, folded: `"l'usine"` is
/// `"l'"` and `"usine"`, so it matches `"une usine"`.
pub(super) const ELIDED: &[&str] = &[
    "c", "d", "j", "l", "m", "n", "s", "t", "v", "qu", "jusqu", "lorsqu", "puisqu", "all", "dall",
    "dell", "nell", "sull", "quell", "quest", "un",
];

/// Per language other than English, the words that report speech, folded, as English
/// `"said"` and `"according"` do: `"sagte Feuerwehrsprecher Markus Lang"` credits the quote
/// before it to Markus Lang.
#[rustfmt::skip]
pub(super) const REPORTS: [&[&str]; 6] = [
    &["sagte", "sagt", "sagten", "erklarte", "betonte", "berichtete", "warnte", "zufolge"],
    &["dit", "declare", "affirme", "explique", "indique", "souligne", "selon", "previent"],
    &["dijo", "dice", "afirmo", "explico", "declaro", "senalo", "aseguro", "segun"],
    &["detto", "dice", "dichiarato", "spiegato", "affermato", "sottolineato", "secondo"],
    &["disse", "diz", "afirmou", "explicou", "declarou", "segundo"],
    &["zei", "zegt", "verklaarde", "aldus", "volgens", "waarschuwde"],
];
