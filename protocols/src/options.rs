//! IPv4 and TCP options, which share one format: a kind byte; kinds 0 (End of Option
//! List) and 1 (No-Operation) are that byte alone, every other kind is followed by a
//! length byte counting the kind, the length and the data (RFC 791 §3.1 "Options",
//! RFC 9293 §3.1 "Options").
//!
//! By hand: the derive has no list whose elements pick their own size from a kind byte,
//! nor one that ends at a marker value. A tagged union with a `u8` tag (`End`, `Nop`, one
//! TLV struct per known kind with `count = "len - 2"` data) would read the known kinds,
//! but its `other` variant keeps the rest of the input, not one option: an unknown kind
//! would swallow every option after it, where this iterator keeps it as one
//! [`HeaderOption`] and goes on.

use crate::error::{to_u32, PacketError};

/// One option: its kind and the bytes after its length byte (empty for No-Operation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeaderOption<'a> {
    /// The kind (IPv4: copied flag, class and number in one byte; TCP: the kind).
    pub kind: u8,
    /// The option's data, without its kind and length bytes.
    pub data: &'a [u8],
}

/// The options of an IPv4 or TCP header, in order; made by
/// [`Ipv4Packet::options`](crate::Ipv4Packet::options),
/// [`TcpSegment::options`](crate::TcpSegment::options) or, over a derived view's
/// `options()`, [`Options::new`].
///
/// Iteration stops at End of Option List (what follows it is padding) or at the end of
/// the options; a malformed option yields one error, then the iteration ends.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    bytes: &'a [u8],
    pos: usize,
    // Where the options start in the header, so that errors give header offsets.
    base: usize,
}

impl<'a> Options<'a> {
    /// The options in `bytes`, which start at offset `base` of their header (20 for
    /// IPv4 and TCP): errors give header offsets.
    ///
    /// ```
    /// use wire_protocols::{HeaderOption, Options};
    ///
    /// // No-Operation, then a TCP MSS of 1460, then End of Option List and padding.
    /// let options: Vec<_> = Options::new(&[1, 2, 4, 0x05, 0xb4, 0, 0, 0], 20).collect();
    /// assert_eq!(options, [Ok(HeaderOption { kind: 1, data: &[] }),
    ///                      Ok(HeaderOption { kind: 2, data: &[0x05, 0xb4] })]);
    /// ```
    pub fn new(bytes: &'a [u8], base: usize) -> Self {
        Self {
            bytes,
            pos: 0,
            base,
        }
    }
}

/// End of Option List (RFC 791 §3.1, RFC 9293 §3.2).
const END: u8 = 0;
/// No-Operation (RFC 791 §3.1, RFC 9293 §3.2).
const NOP: u8 = 1;

impl<'a> Iterator for Options<'a> {
    type Item = Result<HeaderOption<'a>, PacketError>;

    fn next(&mut self) -> Option<Self::Item> {
        let start = self.pos;
        let kind = *self.bytes.get(start)?;
        match kind {
            END => {
                self.pos = self.bytes.len();
                None
            }
            NOP => {
                self.pos += 1;
                Some(Ok(HeaderOption { kind, data: &[] }))
            }
            _ => {
                // The length counts the kind and length bytes themselves, so it is at
                // least 2, and it must stay inside the options.
                let len = self.bytes.get(start + 1).map_or(0, |&len| usize::from(len));
                let Some(data) = self
                    .bytes
                    .get(start + 2..start + len.max(2))
                    .filter(|_| len >= 2)
                else {
                    self.pos = self.bytes.len();
                    return Some(Err(PacketError::MalformedOption {
                        offset: to_u32(self.base + start),
                        kind,
                    }));
                };
                self.pos = start + len;
                Some(Ok(HeaderOption { kind, data }))
            }
        }
    }
}
