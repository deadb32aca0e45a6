//! The DNS message header and question (RFC 1035 §4.1).

use crate::error::{to_u32, PacketError};
use wire::prelude::*;

/// A DNS message header (RFC 1035 §4.1.1), with the AD and CD bits of RFC 4035 §3.2 in
/// what RFC 1035 called Z.
///
/// The four counts size the sections that follow, and names in them may be compressed
/// (RFC 1035 §4.1.4); the derive can express neither (a list counted by an earlier
/// field, a name that points back into the message), so only the header and the
/// question ([`DnsQuestion::parse`], by hand) are decoded here.
///
/// ```
/// use wire::prelude::*;
/// use wire_protocols::DnsHeader;
///
/// // A query, id 0xbeef, recursion desired, one question.
/// let bytes = [0xbe, 0xef, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
/// let dns = DnsHeader::view(&bytes)?;
/// assert_eq!((dns.id(), dns.qr(), dns.rd(), dns.qdcount()), (0xbeef, false, true, 1));
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 12)]
pub struct DnsHeader {
    /// ID: copied into the response.
    pub id: u16,
    /// QR: a response (`true`) or a query.
    #[wire(bits = 1)]
    pub qr: bool,
    /// OPCODE: 0 query, 1 inverse query (obsolete), 2 status, … (an open registry).
    #[wire(bits = 4)]
    pub opcode: u8,
    /// AA: authoritative answer.
    #[wire(bits = 1)]
    pub aa: bool,
    /// TC: truncated.
    #[wire(bits = 1)]
    pub tc: bool,
    /// RD: recursion desired.
    #[wire(bits = 1)]
    pub rd: bool,
    /// RA: recursion available.
    #[wire(bits = 1)]
    pub ra: bool,
    /// Z: reserved, zero.
    #[wire(bits = 1)]
    pub z: bool,
    /// AD: authentic data (RFC 4035 §3.2.3).
    #[wire(bits = 1)]
    pub ad: bool,
    /// CD: checking disabled (RFC 4035 §3.2.2).
    #[wire(bits = 1)]
    pub cd: bool,
    /// RCODE: 0 no error, 3 name error, … (an open registry).
    #[wire(bits = 4)]
    pub rcode: u8,
    /// QDCOUNT: entries in the question section.
    #[wire(offset = 4)]
    pub qdcount: u16,
    /// ANCOUNT: resource records in the answer section.
    pub ancount: u16,
    /// NSCOUNT: name server records in the authority section.
    pub nscount: u16,
    /// ARCOUNT: resource records in the additional section.
    pub arcount: u16,
}

/// The two fields after a question's name (RFC 1035 §4.1.2).
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 4)]
pub struct DnsQuestionTail {
    /// QTYPE: 1 A, 28 AAAA, 255 any, … (an open registry).
    pub qtype: u16,
    /// QCLASS: 1 IN.
    pub qclass: u16,
}

/// A question (RFC 1035 §4.1.2): a name, then [`DnsQuestionTail`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DnsQuestion {
    /// QNAME, dotted, without the root's trailing dot; bytes outside printable ASCII as
    /// `\DDD` (RFC 1035 §5.1).
    pub name: String,
    /// QTYPE.
    pub qtype: u16,
    /// QCLASS.
    pub qclass: u16,
}

/// How many compression pointers one name may follow: enough for any real message, and
/// a bound on a loop of pointers.
const MAX_POINTERS: usize = 32;

impl DnsQuestion {
    /// Reads the question at `offset` of a whole DNS `message` (pointers count from its
    /// start), and returns it with the offset after it.
    ///
    /// ```
    /// use wire_protocols::DnsQuestion;
    ///
    /// let message = b"\xbe\xef\x01\x00\0\x01\0\0\0\0\0\0\x07example\x03com\0\0\x01\0\x01";
    /// let (question, end) = DnsQuestion::parse(message, 12)?;
    /// assert_eq!((question.name.as_str(), question.qtype, question.qclass), ("example.com", 1, 1));
    /// assert_eq!(end, message.len());
    /// # Ok::<(), wire_protocols::PacketError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`PacketError::MalformedName`] for a name that runs past the message, uses a
    /// reserved label type or too many pointers; [`PacketError::Decode`] when QTYPE and
    /// QCLASS are cut short.
    pub fn parse(message: &[u8], offset: usize) -> Result<(Self, usize), PacketError> {
        let (name, after_name) = read_name(message, offset)?;
        let rest = message.get(after_name..).unwrap_or_default();
        let (tail, _) = DnsQuestionTail::view_prefix(rest)
            .map_err(|e| PacketError::decode("DNS question", after_name, e))?;
        let question = Self {
            name,
            qtype: tail.qtype(),
            qclass: tail.qclass(),
        };
        Ok((question, after_name + DnsQuestionTail::SIZE))
    }
}

/// Reads a possibly compressed name (RFC 1035 §3.1, §4.1.4); returns it and the offset
/// after it where it started.
fn read_name(message: &[u8], start: usize) -> Result<(String, usize), PacketError> {
    let malformed = |offset: usize| PacketError::MalformedName {
        offset: to_u32(offset),
    };
    let mut name = String::new();
    let mut offset = start;
    let mut end = None;
    let mut pointers = 0;
    loop {
        let len = *message.get(offset).ok_or(malformed(offset))?;
        match len >> 6 {
            0b00 if len == 0 => return Ok((name, end.unwrap_or(offset + 1))),
            0b00 => {
                let label = message
                    .get(offset + 1..offset + 1 + usize::from(len))
                    .ok_or(malformed(offset))?;
                if !name.is_empty() {
                    name.push('.');
                }
                push_label(&mut name, label);
                offset += 1 + usize::from(len);
            }
            // A pointer: two bytes, the offset of the rest of the name in its low 14 bits.
            0b11 => {
                let low = *message.get(offset + 1).ok_or(malformed(offset))?;
                pointers += 1;
                if pointers > MAX_POINTERS {
                    return Err(malformed(offset));
                }
                end.get_or_insert(offset + 2);
                offset = usize::from(u16::from_be_bytes([len & 0x3f, low]));
            }
            // 0b01 and 0b10: label types RFC 6891 §5 retired.
            _ => return Err(malformed(offset)),
        }
    }
}

/// Appends a label as RFC 1035 §5.1 writes it in master files.
fn push_label(name: &mut String, label: &[u8]) {
    for &byte in label {
        match byte {
            b'.' | b'\\' => {
                name.push('\\');
                name.push(char::from(byte));
            }
            0x21..=0x7e => name.push(char::from(byte)),
            _ => name.push_str(&format!("\\{byte:03}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_a_pointer_and_ends_after_it() {
        // "a.example" at 0, then "b" + pointer to "example" (offset 2).
        let message = b"\x01a\x07example\x00\x01b\xc0\x02";
        assert_eq!(
            read_name(message, 0).unwrap(),
            ("a.example".to_string(), 11)
        );
        assert_eq!(
            read_name(message, 11).unwrap(),
            ("b.example".to_string(), 15)
        );
    }

    #[test]
    fn refuses_a_pointer_loop_and_a_cut_label() {
        assert_eq!(
            read_name(b"\xc0\x00", 0),
            Err(PacketError::MalformedName { offset: 0 })
        );
        assert_eq!(
            read_name(b"\x05abc", 0),
            Err(PacketError::MalformedName { offset: 0 })
        );
        assert_eq!(
            read_name(b"\x40", 0),
            Err(PacketError::MalformedName { offset: 0 })
        );
    }

    #[test]
    fn escapes_dots_and_unprintable_bytes() {
        assert_eq!(
            read_name(b"\x03a.\x01\x00", 0).unwrap().0,
            "a\\.\\001".to_string()
        );
    }
}
