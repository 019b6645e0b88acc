//! An exchange rate: the one a target uses to give the source's sums in another currency.

use super::currency::other_currency;
use super::{Token, Tokens};

/// How far, as a share of the rate, one sum's conversion may stray from the article's rate and
/// still be made at it: the target rounds each converted sum (`"roughly £320 million"` for
/// `"$412 million"` at 0.78 is 0.4 % off, `"about £2.4 billion"` for `"$3.1 billion"` 0.8 %).
const RATE_SLACK: f64 = 0.03;

/// The fewest sums a target must convert at one rate for the rate to be read: two sums in
/// other currencies that happen to stand in one ratio are a coincidence, three are a rate.
const RATE_SUMS: usize = 3;

/// The most sums per side read for a rate: a rate shows in the first few, and every pair of
/// sums is a candidate.
const RATE_SUMS_READ: usize = 40;

/// The rate at which the target converts the source's sums into another currency, if it does:
/// at least three of the target's sums in that currency, and most of them, are source
/// sums in the other at one ratio, within 3 % (`"£320m"`, `"£238m"`, `"£2.4bn"`
/// and `"£940m"` for `"$412m"`, `"$305m"`, `"$3.1bn"` and `"$1.2bn"`: 0.78). A ratio near one
/// converts nothing: `"£5m"` for `"$5m"` is another sum.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exchange {
    /// The source's currency.
    pub from: i8,
    /// The target's currency.
    pub to: i8,
    /// How much of `to` one of `from` is.
    pub rate: f64,
}

/// The sums a side's sentences give, each in a currency it names: (currency, value).
fn sums(tokens: &Tokens, target: bool, sentences: &[Vec<Token>]) -> Vec<(i8, f64)> {
    let mut found = Vec::new();
    for words in sentences {
        for k in 0..words.len() {
            if found.len() >= RATE_SUMS_READ {
                return found;
            }
            if let (Some(value), Some(currency)) = (
                tokens.value_at(words, k),
                tokens.currency_at(target, words, k),
            ) {
                if value > 0.0 && !found.contains(&(currency, value)) {
                    found.push((currency, value));
                }
            }
        }
    }
    found
}

/// Reads the target's exchange rate, for [`Exchange`]. Plain loops: the page's wasm pays for
/// every iterator chain.
pub(super) fn exchange(tokens: &Tokens) -> Option<Exchange> {
    let source = sums(tokens, false, &tokens.source);
    let target = sums(tokens, true, &tokens.target);
    let (mut best, mut most) = (None, 0);
    for &(from, value) in &source {
        for &(to, converted) in &target {
            let rate = converted / value;
            if !other_currency(from, to) || (rate - 1.0).abs() <= RATE_SLACK {
                continue;
            }
            let exchange = Exchange { from, to, rate };
            let mut made = 0;
            for &(currency, sum) in &target {
                let mut converts = false;
                for &(c, v) in &source {
                    converts |= exchange.converts(c, v, currency, sum);
                }
                made += usize::from(converts);
            }
            if made > most {
                (best, most) = (Some(exchange), made);
            }
        }
    }
    let exchange = best?;
    let mut in_currency = 0;
    for &(c, _) in &target {
        in_currency += usize::from(c == exchange.to);
    }
    (most >= RATE_SUMS && 2 * most > in_currency).then_some(exchange)
}

impl Exchange {
    /// Whether `sum` in `to` is `value` in `from` converted at this rate.
    pub fn converts(&self, from: i8, value: f64, to: i8, sum: f64) -> bool {
        from == self.from
            && to == self.to
            && (sum - value * self.rate).abs() <= RATE_SLACK * value * self.rate
    }
}

impl Tokens {
    /// The source's figure at `words[i]` as the target's exchange rate converts it, if it is a
    /// sum in the currency the target converts from.
    pub fn converted_at(&self, words: &[Token], i: usize) -> Option<f64> {
        let exchange = self.exchange?;
        let value = self.value_at(words, i)?;
        (self.currency_at(false, words, i) == Some(exchange.from)).then_some(value * exchange.rate)
    }

    /// Whether the target's figure at `sentence[k]` is one of `converted` (source sums as
    /// [`Tokens::converted_at`] gives them), in the currency the target converts into:
    /// `"roughly £320 million"` for `"$412 million"` at 0.78.
    pub fn is_converted(&self, sentence: &[Token], k: usize, converted: &[f64]) -> bool {
        let (Some(exchange), Some(value)) = (self.exchange, self.value_at(sentence, k)) else {
            return false;
        };
        self.currency_at(true, sentence, k) == Some(exchange.to)
            && converted
                .iter()
                .any(|&v| (value - v).abs() <= RATE_SLACK * v.abs())
    }
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;
    use crate::segment::segment;

    fn rate(source: &str, target: &str) -> Option<f64> {
        let tokens = normalize(source, &segment(source), target, &segment(target));
        tokens.exchange.map(|e| e.rate)
    }

    #[test]
    fn reads_a_rate_only_where_most_sums_convert_at_it() {
        let source = "Sales were $100m. Costs were $200m. Profit was $300m.";
        let converted = "Sales were £78m. Costs were £156m. Profit was £235m.";
        let found = rate(source, converted).expect("three sums at one rate");
        assert!((found - 0.78).abs() < 0.01, "{found}");
        for target in [
            // Two sums at one ratio are a coincidence.
            "Sales were £78m. Costs were £156m. Profit was £400m.",
            // Three of seven sums in pounds are no rate the target writes in.
            "Sales were £78m. Costs were £156m. Profit was £235m. Fees were £5m, £17m, £900m \
             and £1,000m.",
            // The same figures in another currency are other sums, not a rate of one.
            "Sales were £100m. Costs were £200m. Profit was £300m.",
            // Sums in the source's own currency convert nothing.
            "Sales were $78m. Costs were $156m. Profit was $235m.",
        ] {
            assert_eq!(rate(source, target), None, "{target}");
        }
    }
}
