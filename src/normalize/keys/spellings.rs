//! Words written more than one way, read as one key: months and units written short,
//! numbers, ordinals and decades spelt out.

/// Decades in words, for `decade`.
pub(super) const DECADES: &[(&str, u8)] = &[
    ("twenties", b'2'),
    ("thirties", b'3'),
    ("forties", b'4'),
    ("fifties", b'5'),
    ("sixties", b'6'),
    ("seventies", b'7'),
    ("eighties", b'8'),
    ("nineties", b'9'),
];

/// Numbers spelt out, so `"three men"` matches `"3 men"` and `"three"` against `"four"` is a
/// changed figure like `"3"` against `"4"`. `"one"` stays a word: it is a pronoun as often as a
/// number (`"one of the victims"`).
pub(super) const NUMBERS: &[(&str, &str)] = &[
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("thirteen", "13"),
    ("fourteen", "14"),
    ("fifteen", "15"),
    ("sixteen", "16"),
    ("seventeen", "17"),
    ("eighteen", "18"),
    ("nineteen", "19"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("forty", "40"),
    ("fifty", "50"),
    ("sixty", "60"),
    ("seventy", "70"),
    ("eighty", "80"),
    ("ninety", "90"),
];

/// Ordinals spelt out, so `"third"` matches `"3rd"` and `"his fourth hundred"` against `"his
/// third hundred"` is a changed figure like `"4th"` against `"3rd"`. `"second"` stays a word: it
/// is a unit of time as often as an ordinal (`"a few seconds"`).
pub(super) const ORDINALS: &[(&str, &str)] = &[
    ("first", "1st"),
    ("third", "3rd"),
    ("fourth", "4th"),
    ("fifth", "5th"),
    ("sixth", "6th"),
    ("seventh", "7th"),
    ("eighth", "8th"),
    ("ninth", "9th"),
    ("tenth", "10th"),
    ("eleventh", "11th"),
    ("twelfth", "12th"),
    ("twentieth", "20th"),
];

/// Units written short, so `"11km"` matches `"11 kilometres"`, `"5lb"` `"5 pounds"` and `"5
/// kilos"` `"5kg"`. Only
/// letters that stand for nothing else after a number; `"m"` (metres or million) is not here.
pub(super) const UNITS: &[(&str, &str)] = &[
    ("km", "kilometres"),
    ("kms", "kilometres"),
    ("cm", "centimetres"),
    ("mm", "millimetres"),
    ("kg", "kilograms"),
    ("kgs", "kilograms"),
    ("kilo", "kilograms"),
    ("kilos", "kilograms"),
    ("ml", "millilitres"),
    ("lb", "pounds"),
    ("lbs", "pounds"),
    ("ft", "feet"),
    ("sq", "square"),
];

/// Month abbreviations, so `"Aug 25"` matches `"August 25"`. ("Mar" and "May" need no entry.)
pub(super) const MONTHS: &[(&str, &str)] = &[
    ("jan", "january"),
    ("feb", "february"),
    ("apr", "april"),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "september"),
    ("sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
];
