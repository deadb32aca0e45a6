//! The Internet checksum (RFC 1071) and the TCP/UDP pseudo-header checksum (RFC 768,
//! RFC 9293 §3.1), on `wire::checksum::Internet`.
//!
//! The IPv4 header checksum is a derived field of [`Ipv4Datagram`](crate::Ipv4Datagram);
//! the TCP and UDP checksums stay functions here: they cover a pseudo-header made of the
//! IPv4 addresses, which is no range of the segment's own bytes. They read the checksum
//! field of the bytes they are given as zero, so the same call computes the value to
//! write and, by comparing with the stored one, verifies it.
//!
//! ```
//! use wire_protocols::checksum::ipv4_header_checksum;
//!
//! // RFC 791 header of the facade's example: 192.168.0.1 -> 192.168.0.199, UDP.
//! let header = [0x45, 0, 0, 0x73, 0, 0, 0x40, 0, 0x40, 0x11, 0xb8, 0x61,
//!               192, 168, 0, 1, 192, 168, 0, 199];
//! assert_eq!(ipv4_header_checksum(&header), 0xb861);
//! ```

use wire::checksum::Internet;

/// The running one's-complement sum of RFC 1071 §1, over 16-bit big-endian words:
/// `wire::checksum::Internet`, with the folded sum an offloading sender leaves in a
/// checksum field ([`Checksum::folded`]).
///
/// Bytes may be added in pieces of any length: an odd byte at the end of one piece is
/// paired with the first byte of the next, as if the pieces were one buffer.
///
/// ```
/// use wire_protocols::checksum::Checksum;
///
/// // RFC 1071 §3's example: the words 0001 f203 f4f5 f6f7 sum to ddf2.
/// let mut sum = Checksum::new();
/// sum.add_bytes(&[0x00, 0x01, 0xf2]);
/// sum.add_bytes(&[0x03, 0xf4, 0xf5, 0xf6, 0xf7]);
/// assert_eq!(sum.folded(), 0xddf2);
/// assert_eq!(sum.finish(), !0xddf2);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Checksum {
    digest: Internet,
}

impl Checksum {
    /// An empty sum.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one 16-bit word.
    pub fn add_u16(&mut self, word: u16) {
        self.digest.update(&word.to_be_bytes());
    }

    /// Adds bytes as big-endian words, continuing a word left open by the last call.
    pub fn add_bytes(&mut self, bytes: &[u8]) {
        self.digest.update(bytes);
    }

    /// The sum folded to 16 bits, not complemented: what an offloading sender leaves in
    /// the checksum field for the hardware to finish (the pseudo-header's sum).
    pub fn folded(&self) -> u16 {
        // The checksum is the complement of the folded sum (RFC 1071 §1).
        !self.digest.finish()
    }

    /// The checksum: the one's complement of the folded sum.
    pub fn finish(&self) -> u16 {
        self.digest.finish()
    }

    /// The sum of the IPv4 pseudo-header of RFC 768 and RFC 9293 §3.1: source, destination,
    /// a zero byte, the protocol and the TCP or UDP length.
    ///
    /// ```
    /// use wire_protocols::checksum::Checksum;
    ///
    /// let sum = Checksum::pseudo_header([127, 0, 0, 1], [127, 0, 0, 1], 17, 13);
    /// assert_eq!(sum.folded(), 0x7f00 + 0x0001 + 0x7f00 + 0x0001 + 17 + 13);
    /// ```
    pub fn pseudo_header(src: [u8; 4], dst: [u8; 4], protocol: u8, len: u16) -> Self {
        let mut sum = Self::new();
        sum.add_bytes(&src);
        sum.add_bytes(&dst);
        sum.add_bytes(&[0, protocol]);
        sum.add_u16(len);
        sum
    }
}

/// The Internet checksum of `data` (RFC 1071): the one's complement of the one's
/// complement sum. Over bytes that include a correct checksum it is zero.
///
/// ```
/// use wire_protocols::checksum::internet_checksum;
///
/// assert_eq!(internet_checksum(&[0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7]), 0x220d);
/// assert_eq!(internet_checksum(&[0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7, 0x22, 0x0d]), 0);
/// ```
pub fn internet_checksum(data: &[u8]) -> u16 {
    wire::checksum::internet(data)
}

/// The sum of `bytes` with the 16-bit word at `field` (a checksum field) read as zero.
fn sum_without(sum: &mut Checksum, bytes: &[u8], field: usize) {
    let field_end = (field + 2).min(bytes.len());
    sum.add_bytes(&bytes[..field.min(bytes.len())]);
    sum.add_bytes(&[0; 2][..field_end.saturating_sub(field)]);
    sum.add_bytes(&bytes[field_end..]);
}

/// The IPv4 header checksum (RFC 791 §3.1) of a whole header, options included, with its
/// checksum field (bytes 10 and 11) read as zero.
pub fn ipv4_header_checksum(header: &[u8]) -> u16 {
    let mut sum = Checksum::new();
    sum_without(&mut sum, header, 10);
    sum.finish()
}

/// The TCP checksum (RFC 9293 §3.1) of a whole segment (header, options and data) sent
/// from `src` to `dst`, with its checksum field (bytes 16 and 17) read as zero.
///
/// ```
/// use wire_protocols::checksum::tcp_checksum;
///
/// // A bare SYN 1234 -> 80 from 10.0.0.1 to 10.0.0.2, checksum as scapy computes it.
/// let syn = [0x04, 0xd2, 0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0x50, 0x02, 0x20, 0, 0x76, 0xbe, 0, 0];
/// assert_eq!(tcp_checksum([10, 0, 0, 1], [10, 0, 0, 2], &syn), 0x76be);
/// ```
pub fn tcp_checksum(src: [u8; 4], dst: [u8; 4], segment: &[u8]) -> u16 {
    tcp_checksum_of_parts(src, dst, segment, &[])
}

/// [`tcp_checksum`] of a segment held in two pieces: its header (with options, so
/// holding the checksum field) and its data.
///
/// ```
/// use wire_protocols::checksum::{tcp_checksum, tcp_checksum_of_parts};
///
/// let syn = [0x04, 0xd2, 0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0x50, 0x02, 0x20, 0, 0x76, 0xbe, 0, 0];
/// let (src, dst) = ([10, 0, 0, 1], [10, 0, 0, 2]);
/// // An odd split: the word across the two pieces is summed as one.
/// assert_eq!(tcp_checksum_of_parts(src, dst, &syn[..19], &syn[19..]), tcp_checksum(src, dst, &syn));
/// ```
pub fn tcp_checksum_of_parts(src: [u8; 4], dst: [u8; 4], header: &[u8], data: &[u8]) -> u16 {
    let len = crate::error::to_u16(header.len() + data.len());
    let mut sum = Checksum::pseudo_header(src, dst, 6, len);
    sum_without(&mut sum, header, 16);
    sum.add_bytes(data);
    sum.finish()
}

/// The UDP checksum (RFC 768) of a whole datagram (header and data) sent from `src` to
/// `dst`, with its checksum field (bytes 6 and 7) read as zero. A computed zero is
/// returned as `0xffff`: RFC 768 keeps zero for "no checksum".
///
/// ```
/// use wire_protocols::checksum::udp_checksum;
///
/// // UDP 40000 -> 9999 carrying "hi", from 192.0.2.1 to 192.0.2.2 (scapy's bytes).
/// let datagram = [0x9c, 0x40, 0x27, 0x0f, 0, 10, 0x50, 0x1d, b'h', b'i'];
/// assert_eq!(udp_checksum([192, 0, 2, 1], [192, 0, 2, 2], &datagram), 0x501d);
/// ```
pub fn udp_checksum(src: [u8; 4], dst: [u8; 4], datagram: &[u8]) -> u16 {
    let mut sum = Checksum::pseudo_header(src, dst, 17, crate::error::to_u16(datagram.len()));
    sum_without(&mut sum, datagram, 6);
    match sum.finish() {
        0 => 0xffff,
        checksum => checksum,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_pieces_pair_across_calls() {
        let data = [0x12, 0x34, 0x56, 0x78, 0x9a];
        let mut pieces = Checksum::new();
        for byte in data {
            pieces.add_bytes(&[byte]);
        }
        assert_eq!(pieces.finish(), internet_checksum(&data));
        // RFC 1071 §1: the odd byte counts as the high byte of a zero-padded word.
        assert_eq!(internet_checksum(&[0x9a]), !0x9a00);
    }

    #[test]
    fn carries_fold_back_in() {
        assert_eq!(internet_checksum(&[0xff, 0xff, 0x00, 0x01]), !0x0001);
        assert_eq!(internet_checksum(&[0xff; 4096]), 0);
    }
}
