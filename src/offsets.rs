//! Convert byte offsets to the report's unit: Unicode scalar values or UTF-16 code units.

use crate::report::OffsetUnit;

/// Converts increasing byte offsets in one pass; a smaller offset restarts from the beginning.
pub(crate) struct Converter<'a> {
    text: &'a str,
    unit: OffsetUnit,
    byte: usize,
    units: usize,
}

impl<'a> Converter<'a> {
    pub(crate) fn new(text: &'a str, unit: OffsetUnit) -> Converter<'a> {
        Converter {
            text,
            unit,
            byte: 0,
            units: 0,
        }
    }

    /// The offset of byte `target` (a char boundary of the text) in the report's unit.
    ///
    /// `"a😀b"`: byte 5 is char 2 and UTF-16 unit 3.
    pub(crate) fn convert(&mut self, target: usize) -> usize {
        if target < self.byte {
            self.byte = 0;
            self.units = 0;
        }
        let slice = self.text.get(self.byte..target).unwrap_or("");
        self.units += match self.unit {
            OffsetUnit::Char => slice.chars().count(),
            OffsetUnit::Utf16 => slice.chars().map(char::len_utf16).sum(),
        };
        self.byte = target;
        self.units
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_chars_and_utf16_units() {
        let text = "a😀b";
        assert_eq!(Converter::new(text, OffsetUnit::Char).convert(5), 2);
        assert_eq!(Converter::new(text, OffsetUnit::Utf16).convert(5), 3);
        let mut c = Converter::new(text, OffsetUnit::Utf16);
        assert_eq!((c.convert(1), c.convert(6), c.convert(0)), (1, 4, 0));
    }
}
