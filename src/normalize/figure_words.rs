//! The words that tell what a figure counts: units, currencies, rates, and the qualifiers and
//! roles of the words around it. A kept figure read with other words is another amount.

/// What a unit in [`MEASURES`] measures.
pub(crate) const TIME: u8 = 0;
pub(super) const LENGTH: u8 = 1;
const WEIGHT: u8 = 2;
const AREA: u8 = 3;
pub(super) const SPEED: u8 = 4;
pub(crate) const TEMPERATURE: u8 = 5;
const VOLUME: u8 = 6;
/// Marks a measure as one per unit of it: `"£30 per tonne"` is a figure per weight.
pub(crate) const PER: u8 = 0x10;

/// Units, what they measure and their size in a base unit of it (days, metres, kilograms,
/// square metres, metres a second, degrees Celsius, litres). Another unit of time after the same figure
/// is another length (`"six months"` for `"six years"`), while the same amount in other units is
/// the same figure: `"14 days"` for `"two weeks"`, `"about 7.5 miles"` for `"12km"`, `"40C"` for
/// `"104F"`. A temperature's scales start at different zeros, so its size is a degree's, and
/// `"degrees"` alone, a size of 0, says no scale. `"m"`, which is also a million, is not here.
pub(super) const MEASURES: &[(&str, u8, f32)] = &[
    ("second", TIME, 1.0 / 86_400.0),
    ("minute", TIME, 1.0 / 1_440.0),
    ("hour", TIME, 1.0 / 24.0),
    // The `"h"` of `"km/h"`, which reads as `"km"`, `"h"`.
    ("h", TIME, 1.0 / 24.0),
    ("day", TIME, 1.0),
    ("week", TIME, 7.0),
    ("fortnight", TIME, 14.0),
    ("month", TIME, 365.25 / 12.0),
    ("year", TIME, 365.25),
    ("decade", TIME, 3_652.5),
    ("century", TIME, 36_525.0),
    // The `"annum"` of `"£2m per annum"`.
    ("annum", TIME, 365.25),
    ("kilometres", LENGTH, 1_000.0),
    ("mile", LENGTH, 1_609.344),
    ("metre", LENGTH, 1.0),
    ("foot", LENGTH, 0.3048),
    ("feet", LENGTH, 0.3048),
    ("inch", LENGTH, 0.0254),
    ("inches", LENGTH, 0.0254),
    ("centimetres", LENGTH, 0.01),
    ("millimetres", LENGTH, 0.001),
    ("kilograms", WEIGHT, 1.0),
    ("tonne", WEIGHT, 1_000.0),
    ("pounds", WEIGHT, 0.453_592_37),
    ("gram", WEIGHT, 0.001),
    ("ounce", WEIGHT, 0.028_349_524),
    ("stone", WEIGHT, 6.350_293),
    ("litre", VOLUME, 1.0),
    ("millilitres", VOLUME, 0.001),
    ("hectare", AREA, 10_000.0),
    ("acre", AREA, 4_046.856),
    ("mph", SPEED, 0.447_04),
    ("kph", SPEED, 1.0 / 3.6),
    ("degrees", TEMPERATURE, 0.0),
    ("celsius", TEMPERATURE, 1.0),
    ("centigrade", TEMPERATURE, 1.0),
    ("c", TEMPERATURE, 1.0),
    ("fahrenheit", TEMPERATURE, 5.0 / 9.0),
    ("f", TEMPERATURE, 5.0 / 9.0),
];

/// The currencies news gives sums in, by the sign written onto a figure (`"$5m"`) and by the
/// names written after one (`"5 million dollars"`): one currency for another after a kept
/// figure is another sum, since no rate is fixed.
pub(super) const SIGNS: &[(&str, i8)] = &[("£", STERLING), ("$", DOLLAR), ("€", 3), ("¥", 4)];
/// The currency of `"£"` and `"sterling"`.
pub(super) const STERLING: i8 = 1;
/// The "currency" of `"pounds"` after a figure: sterling or a weight, as `"8 pounds"` may be
/// either, so it is the same as `"£8"` and as `"8lb"`.
pub(super) const POUNDS: i8 = 10;
/// The "currency" of a figure written in pounds of weight (`"8lb"`, `"8lbs"`): `"£8"` for
/// `"8lb"` is another amount, not a pound for a pound.
pub(super) const WEIGHT_POUNDS: i8 = 11;
/// The abbreviations that make a pound one of weight, as written after a figure.
pub(super) const WEIGHT_POUND_WORDS: &[&str] = &["lb", "lbs"];
/// The currency of a bare `"$"` and of `"dollars"`: any kind of dollar.
pub(super) const DOLLAR: i8 = 2;
/// The letters written onto a dollar sign that say whose dollar it is (`"A$5m"`, `"US$5m"`), and
/// the currency each makes of it. A bare `"$"` or `"dollars"` may be any of them, so `"$5m"` for
/// `"A$5m"` changes nothing, while `"US$5m"` for `"A$5m"` is another sum.
pub(super) const DOLLAR_PREFIXES: &[(&str, i8)] = &[
    ("US", 20),
    ("A", 21),
    ("AU", 21),
    ("C", 22),
    ("CA", 22),
    ("NZ", 23),
    ("HK", 24),
    ("S", 25),
];
/// See [`SIGNS`].
pub(super) const CURRENCIES: &[(&str, i8)] = &[
    ("pounds", POUNDS),
    ("sterling", STERLING),
    ("dollars", DOLLAR),
    ("euros", 3),
    ("yen", 4),
];

/// Words that are a rate on their own, with the length of time they divide by, in days:
/// `"£2m annually"` is `"£2m a year"`, `"300 people daily"` is `"300 people a day"`. `"annual"`
/// says it before the figure: `"an annual £2m"`.
pub(super) const RATE_WORDS: &[(&str, f32)] = &[
    ("annually", 365.25),
    ("annual", 365.25),
    ("yearly", 365.25),
    ("monthly", 365.25 / 12.0),
    ("weekly", 7.0),
    ("daily", 1.0),
    ("nightly", 1.0),
    ("hourly", 1.0 / 24.0),
];

/// Words that make the figure after them a round one (`"about £1.3m"`, `"more than £1m"`,
/// `"nearly 50%"`): near the source's figure, it is the same figure rounded.
pub(super) const APPROXIMATORS: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "than",
    "circa",
    "estimated",
];

/// Pairs of words that qualify a figure beside the approximators: before it, `"up to 40%"`,
/// `"at least 300"`, `"as many as 500"` and `"as much as 30cm"` (two pairs each), `"something
/// like 90mph"`; after it, `"30 or so"`. Only the pair does: `"up 7%"` says which way the figure
/// went, and `"like 90mph"` compares. Each pair comes with the side of the figure it puts the
/// true one: -1 below (`"up to 40%"`, `"as many as 500"`, `"as much as 30cm"`), 1 above (`"at
/// least 300"`), 0 either.
pub(super) const QUALIFIERS: &[(&str, &str, i8)] = &[
    ("up", "to", -1),
    ("something", "like", 0),
    ("at", "least", 1),
    ("as", "many", -1),
    ("many", "as", -1),
    ("as", "much", -1),
    ("much", "as", -1),
    ("or", "so", 0),
];

/// Words that qualify the figure just before them: `"300-plus"` (and `"300+"`, whose sign reads
/// as `"plus"`), `"20-odd years"`. After anything else they qualify nothing (`"an odd
/// decision"`, `"salary plus bonus"`).
pub(super) const TRAILERS: &[&str] = &["plus", "odd"];

/// Words that put the true figure above a rounded one: `"more than 300"`, `"over 300"`.
pub(super) const FLOORS: &[&str] = &["more", "over", "above"];

/// Words that, besides `FLOORS`, say the true figure is at or above the one given, but only
/// within a qualifier: `"at least 300"`, `"300-plus"`.
pub(super) const FLOOR_WORDS: &[&str] = &["least", "plus"];

/// Words that put the true figure below a rounded one: `"nearly 300"`, `"fewer than 300"`.
pub(super) const CEILINGS: &[&str] = &["nearly", "almost", "under", "below", "less", "fewer"];

/// Words right before a figure that say what the figure is of a change: its size (`"rose by
/// 2%"`, `"a rise of 2%"`), 0; the level it ends at (`"rose to 2%"`), 1; or the one it starts
/// from (`"fell from 2%"`), 2. One for another tells the change as a level, or the reverse.
pub(super) const FIGURE_ROLES: &[(&str, i8)] = &[("by", 0), ("of", 0), ("to", 1), ("from", 2)];
