//! TCP (RFC 9293).

use crate::checksum::tcp_checksum_of_parts;
use crate::error::{to_u32, LengthField, PacketError};
use crate::options::Options;
use wire::prelude::*;

/// The fixed 20 bytes of a TCP header (RFC 9293 §3.1), with Data Offset, the reserved
/// bits and the eight control bits as bit fields.
///
/// The options that follow when `data_offset > 5` are not part of this type:
/// [`TcpFullHeader`] derives the header with its options.
///
/// ```
/// use wire::prelude::*;
/// use wire_protocols::TcpHeader;
///
/// let syn = [0x04, 0xd2, 0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0x50, 0x02, 0x20, 0, 0x76, 0xbe, 0, 0];
/// let tcp = TcpHeader::view(&syn)?;
/// assert_eq!((tcp.src_port(), tcp.dst_port(), tcp.data_offset()), (1234, 80, 5));
/// assert!(tcp.syn() && !tcp.ack());
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 20)]
pub struct TcpHeader {
    /// Source Port.
    pub src_port: u16,
    /// Destination Port.
    pub dst_port: u16,
    /// Sequence Number.
    pub sequence_number: u32,
    /// Acknowledgment Number (meaningful when `ack` is set).
    pub acknowledgment_number: u32,
    /// Data Offset: the header's length in 32-bit words (5 without options).
    #[wire(offset = 12, bits = 4)]
    pub data_offset: u8,
    /// Reserved, zero (RFC 9293 §3.1; the last bit was RFC 3540's NS, now historic).
    #[wire(bits = 4)]
    pub reserved: u8,
    /// CWR: congestion window reduced (RFC 3168 §6.1).
    #[wire(bits = 1)]
    pub cwr: bool,
    /// ECE: ECN-Echo (RFC 3168 §6.1).
    #[wire(bits = 1)]
    pub ece: bool,
    /// URG: the urgent pointer is significant.
    #[wire(bits = 1)]
    pub urg: bool,
    /// ACK: the acknowledgment number is significant.
    #[wire(bits = 1)]
    pub ack: bool,
    /// PSH: push.
    #[wire(bits = 1)]
    pub psh: bool,
    /// RST: reset the connection.
    #[wire(bits = 1)]
    pub rst: bool,
    /// SYN: synchronize sequence numbers.
    #[wire(bits = 1)]
    pub syn: bool,
    /// FIN: no more data from the sender.
    #[wire(bits = 1)]
    pub fin: bool,
    /// Window.
    pub window: u16,
    /// Checksum over the pseudo-header, header, options and data (see
    /// [`crate::checksum`]).
    #[wire(offset = 16)]
    pub checksum: u16,
    /// Urgent Pointer.
    pub urgent_pointer: u16,
}

/// A TCP header with its options, derived (RFC 9293 §3.1): the fixed 20 bytes, then
/// `data_offset * 4 - 20` bytes of options. TCP has no length of its own: the data is
/// what `view_prefix` leaves of the IP payload.
///
/// `encode` writes `data_offset` from the options (a multiple of 4: padded by the
/// sender). The checksum covers the IPv4 pseudo-header and the data, which are not in
/// these bytes: it is checked by hand, [`TcpFullHeaderView::checksum_ok`], and written by
/// [`crate::checksum::tcp_checksum`]. The fields and their meaning are [`TcpHeader`]'s.
///
/// ```
/// use wire::prelude::*;
/// use wire_protocols::TcpFullHeader;
///
/// // A SYN 1234 -> 80 from 10.0.0.1 to 10.0.0.2 with one option, MSS 1460 (scapy's bytes).
/// let syn = [0x04, 0xd2, 0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0x60, 0x02, 0x20, 0, 0x5f, 0x02, 0, 0,
///            2, 4, 0x05, 0xb4];
/// let (tcp, data) = TcpFullHeader::view_prefix(&syn)?;
/// assert_eq!((tcp.options(), data.len()), (&[2, 4, 0x05, 0xb4][..], 0));
/// assert!(tcp.syn() && tcp.checksum_ok([10, 0, 0, 1], [10, 0, 0, 2], data));
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct TcpFullHeader<'a> {
    /// Source Port.
    pub src_port: u16,
    /// Destination Port.
    pub dst_port: u16,
    /// Sequence Number.
    pub sequence_number: u32,
    /// Acknowledgment Number (meaningful when `ack` is set).
    pub acknowledgment_number: u32,
    /// Data Offset: the header's length in 32-bit words, written by `encode`.
    #[wire(bits = 4)]
    pub data_offset: u8,
    /// Reserved, zero.
    #[wire(bits = 4)]
    pub reserved: u8,
    /// CWR: congestion window reduced (RFC 3168 §6.1).
    #[wire(bits = 1)]
    pub cwr: bool,
    /// ECE: ECN-Echo (RFC 3168 §6.1).
    #[wire(bits = 1)]
    pub ece: bool,
    /// URG: the urgent pointer is significant.
    #[wire(bits = 1)]
    pub urg: bool,
    /// ACK: the acknowledgment number is significant.
    #[wire(bits = 1)]
    pub ack: bool,
    /// PSH: push.
    #[wire(bits = 1)]
    pub psh: bool,
    /// RST: reset the connection.
    #[wire(bits = 1)]
    pub rst: bool,
    /// SYN: synchronize sequence numbers.
    #[wire(bits = 1)]
    pub syn: bool,
    /// FIN: no more data from the sender.
    #[wire(bits = 1)]
    pub fin: bool,
    /// Window.
    pub window: u16,
    /// Checksum over the pseudo-header, header, options and data.
    pub checksum: u16,
    /// Urgent Pointer.
    pub urgent_pointer: u16,
    /// The options, padding included (at most 40 bytes: Data Offset is 4 bits); parse
    /// them with [`Options::new`].
    #[wire(byte_len = "data_offset * 4 - 20", max_len = 40)]
    pub options: &'a [u8],
}

impl TcpFullHeaderView<'_> {
    /// Whether the checksum matches, for this header followed by `data`, sent from `src`
    /// to `dst` (RFC 9293 §3.1).
    pub fn checksum_ok(&self, src: [u8; 4], dst: [u8; 4], data: &[u8]) -> bool {
        tcp_checksum_of_parts(src, dst, self.as_bytes(), data) == self.checksum()
    }
}

/// A TCP segment taken apart: the fixed header, its options and its data.
///
/// Built on the derived [`TcpFullHeader`] view, which applies `data_offset`; this type
/// names `data_offset` in its errors where the view names the options it bounds.
///
/// ```
/// use wire_protocols::{HeaderOption, TcpSegment};
///
/// // A SYN 1234 -> 80 from 10.0.0.1 to 10.0.0.2 with one option, MSS 1460 (scapy's bytes).
/// let syn = [0x04, 0xd2, 0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0x60, 0x02, 0x20, 0, 0x5f, 0x02, 0, 0,
///            2, 4, 0x05, 0xb4];
/// let tcp = TcpSegment::parse(&syn)?;
/// assert_eq!((tcp.header.data_offset(), tcp.payload.len()), (6, 0));
/// let options: Vec<_> = tcp.options().collect::<Result<_, _>>()?;
/// assert_eq!(options, [HeaderOption { kind: 2, data: &[0x05, 0xb4] }]);
/// assert!(tcp.checksum_ok([10, 0, 0, 1], [10, 0, 0, 2]));
/// # Ok::<(), wire_protocols::PacketError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct TcpSegment<'a> {
    /// The fixed 20 bytes.
    pub header: TcpHeaderView<&'a [u8]>,
    /// The options: `data_offset * 4 - 20` bytes, padding included; see
    /// [`TcpSegment::options`].
    pub options: &'a [u8],
    /// The data.
    pub payload: &'a [u8],
    full_header: TcpFullHeaderView<'a>,
    segment: &'a [u8],
}

impl<'a> TcpSegment<'a> {
    /// Takes a segment apart (the whole IP payload: TCP has no length field of its own):
    /// [`TcpFullHeader::view_prefix`], the rest being the data.
    ///
    /// # Errors
    ///
    /// [`PacketError::Decode`] when the fixed header is cut short,
    /// [`PacketError::LengthTooSmall`] when `data_offset` is below 5,
    /// [`PacketError::LengthExceedsInput`] when it exceeds the input.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, PacketError> {
        let (header, _) =
            TcpHeader::view_prefix(bytes).map_err(|e| PacketError::decode("TCP header", 0, e))?;
        let (full_header, payload) = TcpFullHeader::view_prefix(bytes).map_err(|error| {
            // RFC 9293 §3.1: Data Offset counts 32-bit words, at least 5.
            let data_offset = LengthField {
                field: "data_offset",
                offset: 12,
                value: u32::from(header.data_offset()) * 4,
                min: to_u32(TcpHeader::SIZE),
                bounds: "options",
            };
            data_offset
                .blame(&error, bytes.len())
                .unwrap_or_else(|| PacketError::decode("TCP header", 0, error))
        })?;
        Ok(Self {
            header,
            options: full_header.options(),
            payload,
            full_header,
            segment: bytes,
        })
    }

    /// The whole segment.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.segment
    }

    /// The options, parsed (RFC 9293 §3.1, §3.2).
    pub fn options(&self) -> Options<'a> {
        Options::new(self.options, TcpHeader::SIZE)
    }

    /// Whether the checksum matches, for a segment sent from `src` to `dst`:
    /// [`TcpFullHeaderView::checksum_ok`] over the header and the data.
    pub fn checksum_ok(&self, src: [u8; 4], dst: [u8; 4]) -> bool {
        self.full_header.checksum_ok(src, dst, self.payload)
    }
}
