//! Writing frames: [`FrameEncoder`] and the header-plus-payload pair it prepares.

use super::{FrameEncode, FrameError, FrameFlags, FrameHeader, FrameMeta, DEFAULT_MAX_FRAME_LEN};
use crate::error::EncodeError;
use crate::stats::Stats;
use std::io::IoSlice;
use std::marker::PhantomData;
use std::sync::Arc;

/// A frame ready to go out: the header bytes and the payload, as two slices.
///
/// The payload is the caller's own slice (or the encoder's compression buffer), never a
/// copy; hand both to [`write_vectored`](std::io::Write::write_vectored) with
/// [`io_slices`](PreparedFrame::io_slices), or copy them with
/// [`copy_to`](PreparedFrame::copy_to).
#[derive(Debug, Clone, Copy)]
pub struct PreparedFrame<'a> {
    header: &'a [u8],
    payload: &'a [u8],
}

impl<'a> PreparedFrame<'a> {
    /// The header bytes (checksum included).
    pub fn header(&self) -> &'a [u8] {
        self.header
    }

    /// The payload bytes as they go on the wire (compressed, if the encoder compressed).
    pub fn payload(&self) -> &'a [u8] {
        self.payload
    }

    /// Header plus payload length.
    pub fn len(&self) -> usize {
        self.header.len() + self.payload.len()
    }

    /// Whether the frame has no bytes at all (a zero-length header and payload).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Header and payload as slices for one vectored write.
    pub fn io_slices(&self) -> [IoSlice<'a>; 2] {
        [IoSlice::new(self.header), IoSlice::new(self.payload)]
    }

    /// Copies the frame to the front of `out` and returns its length.
    pub fn copy_to(&self, out: &mut [u8]) -> Result<usize, FrameError> {
        let len = self.len();
        let Some(out) = out.get_mut(..len) else {
            return Err(EncodeError::BufferTooSmall {
                needed: len,
                available: out.len(),
            }
            .into());
        };
        let (head, body) = out.split_at_mut(self.header.len());
        head.copy_from_slice(self.header);
        body.copy_from_slice(self.payload);
        Ok(len)
    }
}

/// Writes frames with header layout `H`: optionally with a CRC32C, optionally
/// lz4-compressed above a size threshold.
///
/// The encoder keeps the header bytes (and, with compression, a compression buffer) and
/// reuses them, so encoding does not allocate once those exist.
///
/// ```
/// use wire::frame::{FrameEncoder, FrameMeta, LenU32Be};
///
/// let mut encoder = FrameEncoder::<LenU32Be>::new();
/// let mut out = [0u8; 16];
/// let len = encoder.encode(FrameMeta::default(), b"hello", &mut out)?;
/// assert_eq!(&out[..len], b"\0\0\0\x05hello");
///
/// // Or without copying the payload: two slices for a vectored write.
/// let frame = encoder.prepare(FrameMeta::default(), b"hello")?;
/// assert_eq!((frame.header(), frame.payload()), (&b"\0\0\0\x05"[..], &b"hello"[..]));
/// # Ok::<(), wire::frame::FrameError>(())
/// ```
#[derive(Debug)]
pub struct FrameEncoder<H> {
    header: Vec<u8>,
    checksum: bool,
    compress_above: Option<usize>,
    #[cfg_attr(not(feature = "compression"), allow(dead_code))]
    compressed: Vec<u8>,
    max_frame_len: usize,
    stats: Option<Arc<Stats>>,
    _header: PhantomData<fn() -> H>,
}

impl<H: FrameHeader> Default for FrameEncoder<H> {
    fn default() -> Self {
        Self::new()
    }
}

impl<H: FrameHeader> FrameEncoder<H> {
    /// An encoder without checksum or compression, with the default payload cap.
    pub fn new() -> Self {
        FrameEncoder {
            header: vec![0; H::LEN],
            checksum: false,
            compress_above: None,
            compressed: Vec::new(),
            max_frame_len: DEFAULT_MAX_FRAME_LEN,
            stats: None,
            _header: PhantomData,
        }
    }

    /// The same encoder writing a CRC32C in every frame (the header must have room for
    /// one, or encoding fails with [`FrameError::Unsupported`]).
    ///
    /// The preferred name: [`FrameDecoder::checksum`](super::FrameDecoder::checksum) is
    /// the same switch on the reading side (it requires the CRC32C), and
    /// `WireCodec::checksum` (feature `tokio`) sets both.
    ///
    /// ```
    /// use wire::frame::{FrameDecoder, FrameEncoder, FrameMeta, WireHeader};
    ///
    /// let mut encoder = FrameEncoder::<WireHeader>::new().checksum(true);
    /// let mut decoder = FrameDecoder::<WireHeader>::new().checksum(true);
    /// let mut stream = Vec::new();
    /// encoder.append(FrameMeta::new(1), b"intact", &mut stream)?;
    /// decoder.push(&stream);
    /// assert_eq!(decoder.next_frame()?.unwrap().payload(), b"intact");
    /// # Ok::<(), wire::frame::FrameError>(())
    /// ```
    #[must_use]
    pub fn checksum(mut self, on: bool) -> Self {
        self.checksum = on;
        self
    }

    /// The same as [`checksum`](FrameEncoder::checksum), its earlier name; kept so that
    /// existing code builds.
    #[must_use]
    pub fn with_checksum(self, on: bool) -> Self {
        self.checksum(on)
    }

    /// The same encoder lz4-compressing payloads of at least `threshold` bytes, when that
    /// makes them smaller (feature `compression`; the header must have the compressed
    /// flag, as [`WireHeader`](super::WireHeader) does).
    ///
    /// ```
    /// use wire::frame::{FrameDecoder, FrameEncoder, FrameFlags, FrameMeta, WireHeader};
    ///
    /// let mut encoder = FrameEncoder::<WireHeader>::new().with_compression(256);
    /// let payload = vec![b'a'; 4096];
    /// let mut stream = Vec::new();
    /// encoder.append(FrameMeta::new(1), &payload, &mut stream)?;
    /// assert!(stream.len() < 200);
    ///
    /// let mut decoder = FrameDecoder::<WireHeader>::new();
    /// decoder.push(&stream);
    /// let frame = decoder.next_frame()?.unwrap();
    /// assert!(frame.header().flags.contains(FrameFlags::COMPRESSED));
    /// assert_eq!(frame.payload(), &payload[..]);
    /// # Ok::<(), wire::frame::FrameError>(())
    /// ```
    #[cfg(feature = "compression")]
    #[must_use]
    pub fn with_compression(mut self, threshold: usize) -> Self {
        self.compress_above = Some(threshold);
        self
    }

    /// The same encoder refusing payloads longer than `max` (on the wire, after
    /// compression).
    #[must_use]
    pub fn max_frame_len(mut self, max: usize) -> Self {
        self.max_frame_len = max;
        self
    }

    /// The same encoder counting frames and bytes into `stats`.
    #[must_use]
    pub fn with_stats(mut self, stats: Arc<Stats>) -> Self {
        self.stats = Some(stats);
        self
    }

    /// The most bytes a frame with a payload of `payload_len` bytes can take.
    pub fn max_encoded_len(&self, payload_len: usize) -> usize {
        // Compression is only kept when it makes the payload smaller.
        H::LEN + payload_len
    }

    /// Prepares a frame: writes its header (with checksum), compresses the payload if
    /// configured, and returns header and payload as two slices.
    pub fn prepare<'a>(
        &'a mut self,
        meta: FrameMeta,
        payload: &'a [u8],
    ) -> Result<PreparedFrame<'a>, FrameError> {
        let (body, flags) = match self.compress_above {
            Some(threshold) if payload.len() >= threshold => {
                match compress(payload, &mut self.compressed) {
                    Some(len) => (&self.compressed[..len], FrameFlags::COMPRESSED),
                    None => (payload, FrameFlags::NONE),
                }
            }
            _ => (payload, FrameFlags::NONE),
        };
        let sealed = Seal {
            meta,
            flags,
            needs_msg_type: false,
        };
        sealed.write::<H>(
            &mut self.header,
            self.checksum,
            self.max_frame_len,
            self.stats.as_ref(),
            body,
        )?;
        Ok(PreparedFrame {
            header: &self.header,
            payload: body,
        })
    }

    /// Encodes `msg` as a frame at the front of `out` and returns the frame's length:
    /// the message is encoded in place after room for the header (with
    /// [`Encode::encode`](crate::Encode::encode)), then the header is filled in. No scratch buffer, no copy of
    /// the payload (unless compression is on and pays off: then the compressed bytes
    /// replace it). The header's message type comes from
    /// [`FrameEncode::frame_meta`].
    ///
    /// ```
    /// use wire::prelude::*;
    /// use wire::frame::{FrameEncoder, FrameHeader, FrameMeta, WireHeader};
    ///
    /// #[derive(Wire, Debug, PartialEq)]
    /// #[wire(endian = "big")]
    /// struct Ping { seq: u32 }
    ///
    /// let mut encoder = FrameEncoder::<WireHeader>::new();
    /// let mut out = [0u8; 64];
    /// let len = encoder.encode_message(&Ping { seq: 9 }, &mut out)?;
    /// assert_eq!(len, WireHeader::LEN + 4);
    ///
    /// // The same bytes as encoding first and framing the result.
    /// let mut framed = [0u8; 64];
    /// let payload = Ping { seq: 9 }.encode_to_vec();
    /// encoder.encode(FrameMeta::default(), &payload, &mut framed)?;
    /// assert_eq!(out[..len], framed[..len]);
    /// # Ok::<(), wire::frame::FrameError>(())
    /// ```
    pub fn encode_message<M: FrameEncode + ?Sized>(
        &mut self,
        msg: &M,
        out: &mut [u8],
    ) -> Result<usize, FrameError> {
        let needed = H::LEN + msg.encoded_len();
        let Some(frame) = out.get_mut(..needed) else {
            return Err(EncodeError::BufferTooSmall {
                needed,
                available: out.len(),
            }
            .into());
        };
        self.seal_message(msg, frame)
    }

    /// Appends `msg` as a frame to `out` and returns the frame's length, encoding the
    /// message in place as [`encode_message`](FrameEncoder::encode_message) does. On an
    /// error `out` is left as it was.
    ///
    /// ```
    /// use wire::prelude::*;
    /// use wire::frame::{FrameDecoder, FrameEncoder, WireHeader};
    ///
    /// #[derive(Wire, Debug, PartialEq)]
    /// #[wire(endian = "big")]
    /// struct Ping { seq: u32 }
    ///
    /// let mut encoder = FrameEncoder::<WireHeader>::new().checksum(true);
    /// let mut stream = Vec::new();
    /// encoder.append_message(&Ping { seq: 1 }, &mut stream)?;
    /// encoder.append_message(&Ping { seq: 2 }, &mut stream)?;
    ///
    /// let mut decoder = FrameDecoder::<WireHeader>::new().checksum(true);
    /// decoder.push(&stream);
    /// assert_eq!(decoder.next_frame()?.unwrap().decode::<Ping>()?, Ping { seq: 1 });
    /// assert_eq!(decoder.next_frame()?.unwrap().view::<Ping>()?.seq(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn append_message<M: FrameEncode + ?Sized>(
        &mut self,
        msg: &M,
        out: &mut Vec<u8>,
    ) -> Result<usize, FrameError> {
        let start = out.len();
        out.resize(start + H::LEN + msg.encoded_len(), 0);
        match self.seal_message(msg, &mut out[start..]) {
            Ok(len) => {
                out.truncate(start + len);
                Ok(len)
            }
            Err(err) => {
                out.truncate(start);
                Err(err)
            }
        }
    }

    /// Encodes `msg` into `frame[H::LEN..]`, exactly `H::LEN + msg.encoded_len()` bytes,
    /// compresses it if configured, and writes the header in front; returns the frame's
    /// length (shorter than `frame` when compression shrank the payload).
    pub(crate) fn seal_message<M: FrameEncode + ?Sized>(
        &mut self,
        msg: &M,
        frame: &mut [u8],
    ) -> Result<usize, FrameError> {
        let (head, payload) = frame.split_at_mut(H::LEN);
        let written = msg.encode(payload)?;
        let payload = &mut payload[..written];
        let mut flags = FrameFlags::NONE;
        let mut body_len = written;
        if self
            .compress_above
            .is_some_and(|threshold| written >= threshold)
        {
            if let Some(len) = compress(payload, &mut self.compressed) {
                // Kept only when smaller, so it fits where the payload was.
                payload[..len].copy_from_slice(&self.compressed[..len]);
                body_len = len;
                flags = FrameFlags::COMPRESSED;
            }
        }
        let body = &payload[..body_len];
        let sealed = Seal {
            meta: msg.frame_meta(),
            flags,
            needs_msg_type: M::TAG_IN_HEADER,
        };
        sealed.write::<H>(
            head,
            self.checksum,
            self.max_frame_len,
            self.stats.as_ref(),
            body,
        )?;
        Ok(H::LEN + body_len)
    }

    /// Writes a frame at the front of `out` and returns its length.
    pub fn encode(
        &mut self,
        meta: FrameMeta,
        payload: &[u8],
        out: &mut [u8],
    ) -> Result<usize, FrameError> {
        self.prepare(meta, payload)?.copy_to(out)
    }

    /// Appends a frame to `out` and returns its length.
    pub fn append(
        &mut self,
        meta: FrameMeta,
        payload: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<usize, FrameError> {
        let frame = self.prepare(meta, payload)?;
        out.reserve(frame.len());
        out.extend_from_slice(frame.header());
        out.extend_from_slice(frame.payload());
        Ok(frame.len())
    }
}

/// What a frame's header says besides the length: the header of a payload is built from
/// it once the payload, as it goes on the wire, is known.
struct Seal {
    meta: FrameMeta,
    flags: FrameFlags,
    /// The message is a union tagged in the header: a header without a message type
    /// cannot carry it.
    needs_msg_type: bool,
}

impl Seal {
    /// Writes the header of a frame whose payload is `body` into `out` (`H::LEN` bytes)
    /// and counts the frame.
    fn write<H: FrameHeader>(
        &self,
        out: &mut [u8],
        checksum: bool,
        max_frame_len: usize,
        stats: Option<&Arc<Stats>>,
        body: &[u8],
    ) -> Result<(), FrameError> {
        if body.len() > max_frame_len {
            return Err(EncodeError::LengthExceedsMax {
                field: "payload",
                len: body.len() as u64,
                max: crate::error::saturate(max_frame_len),
            }
            .into());
        }
        let flags = self.flags.set(FrameFlags::CHECKSUM, checksum);
        let mut header = H::for_payload(body.len(), self.meta, flags)?;
        if self.needs_msg_type && header.msg_type().is_none() {
            // The union's tag would be dropped, and the frame unreadable as that union.
            return Err(FrameError::Unsupported {
                feature: "a message type in the header (the message's union is tagged there)",
            });
        }
        if checksum {
            // The covered bytes first; the whole header (and any check over it) once the
            // checksum is in.
            header.write_covered(out);
            let covered = H::CHECKSUM_COVERS.min(H::LEN);
            let crc = super::frame_crc32c(&out[..covered], body);
            header.set_checksum(crc);
        }
        header.write(out);
        if let Some(stats) = stats {
            stats.record_frame_out(H::LEN + body.len());
        }
        Ok(())
    }
}

#[cfg(feature = "compression")]
fn compress(payload: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    super::compress::compress(payload, out)
}

#[cfg(not(feature = "compression"))]
fn compress(_payload: &[u8], _out: &mut Vec<u8>) -> Option<usize> {
    // `compress_above` can only be set with the feature on.
    None
}
