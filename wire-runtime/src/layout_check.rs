//! Messages of the compile-time layout checks that `#[derive(Wire)]` generates. Not a
//! public API: it is reached through `wire::__private` and may change in any release.
//!
//! An `offset = N` or `size = N` that comes after a nested type is checked by a const
//! assertion, since only the compiler knows the nested type's size. A const panic on
//! stable Rust prints a `&str` but cannot format a number, so [`layout_mismatch`] writes
//! the message, the real number included, into a buffer during constant evaluation: the
//! user reads what they asserted and what the layout is in one error. It refuses
//! nothing and never panics itself: the panic is in the generated code, spanned at the
//! user's attribute.

/// Text written during constant evaluation into a buffer of `N` bytes.
#[derive(Clone, Copy, Debug)]
pub struct ConstText<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> ConstText<N> {
    const fn new() -> Self {
        ConstText {
            bytes: [0; N],
            len: 0,
        }
    }

    /// Appends `text`, cut where the buffer ends.
    const fn push_str(mut self, text: &str) -> Self {
        let text = text.as_bytes();
        let mut i = 0;
        while i < text.len() && self.len < N {
            self.bytes[self.len] = text[i];
            self.len += 1;
            i += 1;
        }
        self
    }

    /// Appends `value` in decimal.
    const fn push_number(self, mut value: u64) -> Self {
        // u64::MAX has 20 digits.
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        let (_, used) = digits.split_at(start);
        match core::str::from_utf8(used) {
            Ok(text) => self.push_str(text),
            // Unreachable: every byte is an ASCII digit.
            Err(_) => self,
        }
    }

    /// The text written; when the buffer cut a character in two, the text before it.
    pub const fn as_str(&self) -> &str {
        let (written, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(written) {
            Ok(text) => text,
            Err(error) => {
                let (valid, _) = written.split_at(error.valid_up_to());
                match core::str::from_utf8(valid) {
                    Ok(text) => text,
                    Err(_) => "",
                }
            }
        }
    }
}

/// `None` when `actual` is `asserted`; otherwise the message `head`, `actual` in
/// decimal, `tail`. `N` holds the whole message when it is at least the length of
/// `head` and `tail` plus 20 (the digits of `u64::MAX`); text past `N` is cut.
///
/// ```
/// use wire_runtime::layout_check::layout_mismatch;
///
/// const CHECK: Option<wire_runtime::layout_check::ConstText<64>> =
///     layout_mismatch(8, 9, "`offset = 8` does not hold: the layout puts `crc` at offset ", "");
/// assert_eq!(
///     CHECK.unwrap().as_str(),
///     "`offset = 8` does not hold: the layout puts `crc` at offset 9"
/// );
/// assert!(layout_mismatch::<64>(9, 9, "", "").is_none());
/// ```
pub const fn layout_mismatch<const N: usize>(
    asserted: u64,
    actual: usize,
    head: &str,
    tail: &str,
) -> Option<ConstText<N>> {
    // Lossless: no target of Rust has a usize wider than 64 bits.
    let actual = actual as u64;
    if actual == asserted {
        return None;
    }
    Some(
        ConstText::new()
            .push_str(head)
            .push_number(actual)
            .push_str(tail),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mismatch_carries_the_real_number() {
        const MESSAGE: Option<ConstText<40>> = layout_mismatch(5, 4, "at offset ", ", not 5");
        assert_eq!(MESSAGE.unwrap().as_str(), "at offset 4, not 5");
    }

    #[test]
    fn a_match_has_no_message() {
        assert!(layout_mismatch::<8>(0, 0, "head", "tail").is_none());
        assert!(layout_mismatch::<8>(usize::MAX as u64, usize::MAX, "", "").is_none());
    }

    #[test]
    fn every_number_is_written_whole() {
        for value in [0, 9, 10, 1234, usize::MAX] {
            let message = layout_mismatch::<20>(1, value, "", "").unwrap();
            assert_eq!(message.as_str(), value.to_string());
        }
    }

    #[test]
    fn a_short_buffer_cuts_between_characters() {
        // "é" is two bytes; a buffer of 4 holds "xé" and the first byte of the next "é".
        let message = layout_mismatch::<4>(0, 7, "xéé", "").unwrap();
        assert_eq!(message.as_str(), "xé");
    }
}
