//! IPv4 and TCP options, which share one format: a kind byte; kinds 0 (End of Option
//! List) and 1 (No-Operation) are that byte alone, every other kind is followed by a
//! length byte counting the kind, the length and the data (RFC 791 §3.1 "Options",
//! RFC 9293 §3.1 "Options").
//!
//! By hand: the derive has no list whose elements pick their own size from a kind byte,
//! nor one that ends at a marker value.

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
/// [`Ipv4Packet::options`](crate::Ipv4Packet::options) and
/// [`TcpSegment::options`](crate::TcpSegment::options).
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
    pub(crate) fn new(bytes: &'a [u8], base: usize) -> Self {
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
