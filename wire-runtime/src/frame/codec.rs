//! tokio-util `Decoder` and `Encoder` over `BytesMut` (feature `tokio`), so a
//! `Framed<TcpStream, WireCodec<H>>` speaks any [`FrameHeader`] layout.

use super::decoder::{Scanner, Step};
use super::{
    FrameDecode, FrameEncode, FrameEncoder, FrameError, FrameFlags, FrameHeader, FrameMeta,
};
use crate::error::DecodeError;
use crate::io::StreamError;
use crate::stats::Stats;
use bytes::{Buf, Bytes, BytesMut};
use std::sync::Arc;
use tokio_util::codec::{Decoder, Encoder};

/// A frame decoded by [`WireCodec`]: its header and its payload, split off the read
/// buffer without copying (a compressed payload is decompressed into a new buffer).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub struct CodecFrame<H> {
    /// The header as read.
    pub header: H,
    /// The payload.
    pub payload: BytesMut,
    /// Stream offset of the frame's first byte.
    pub offset: u64,
    /// Bytes discarded while resynchronising just before this frame.
    pub skipped_before: u64,
}

impl<H: FrameHeader> CodecFrame<H> {
    /// Decodes the payload as an `M`; a union tagged in the header takes its variant
    /// from the header's message type.
    ///
    /// # Errors
    ///
    /// The message's [`DecodeError`].
    pub fn decode<'a, M: FrameDecode<'a>>(&'a self) -> Result<M, DecodeError> {
        M::decode_frame(self.header.msg_type(), &self.payload)
    }

    /// Views the payload as an `M`, in place.
    ///
    /// # Errors
    ///
    /// The message's [`DecodeError`].
    pub fn view<'a, M: FrameDecode<'a>>(&'a self) -> Result<M::View, DecodeError> {
        M::view_frame(self.header.msg_type(), &self.payload)
    }
}

/// A tokio-util codec for frames with header layout `H`.
///
/// Decoding follows tokio-util's rules: `Ok(None)` means more bytes are needed, never an
/// error; once a header is read and its length is within the cap, the read buffer
/// reserves room for the whole frame. Errors, resync and the cap behave as in
/// [`FrameDecoder`](super::FrameDecoder). The codec encodes `&[u8]` and `Bytes` payloads
/// with default [`FrameMeta`], and `(FrameMeta, payload)` pairs.
///
/// With [`LenU32Be`](super::LenU32Be) it reads and writes exactly what tokio-util's
/// `LengthDelimitedCodec` does with default settings.
///
/// ```
/// use bytes::BytesMut;
/// use tokio_util::codec::{Decoder, Encoder};
/// use wire::frame::{FrameMeta, WireCodec, WireHeader};
///
/// let mut codec = WireCodec::<WireHeader>::new().checksum(true);
/// let mut buf = BytesMut::new();
/// codec.encode((FrameMeta::new(3), &b"ping"[..]), &mut buf)?;
/// let frame = codec.decode(&mut buf)?.unwrap();
/// assert_eq!((frame.header.msg_type, &frame.payload[..]), (3, &b"ping"[..]));
/// assert!(codec.decode(&mut buf)?.is_none());
/// # Ok::<(), wire::io::StreamError>(())
/// ```
#[derive(Debug)]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub struct WireCodec<H> {
    scanner: Scanner,
    offset: u64,
    encoder: FrameEncoder<H>,
    #[cfg(feature = "compression")]
    decompressed: Vec<u8>,
}

impl<H: FrameHeader> Default for WireCodec<H> {
    fn default() -> Self {
        Self::new()
    }
}

impl<H: FrameHeader> WireCodec<H> {
    /// A codec with the default cap, no resync, no checksum, no compression.
    pub fn new() -> Self {
        WireCodec {
            scanner: Scanner::new(),
            offset: 0,
            encoder: FrameEncoder::new(),
            #[cfg(feature = "compression")]
            decompressed: Vec::new(),
        }
    }

    /// The same codec with a cap on payload length, for both directions.
    #[must_use]
    pub fn max_frame_len(mut self, max: usize) -> Self {
        self.scanner.max_frame_len = max;
        self.encoder = self.encoder.max_frame_len(max);
        self
    }

    /// The same codec resynchronising after damage (see
    /// [`FrameDecoder::resync`](super::FrameDecoder::resync)). Note that `FramedRead`
    /// ends the stream after the first error; resync helps callers that keep decoding,
    /// and [`skip_errors`](WireCodec::skip_errors) keeps `FramedRead` going. Off also
    /// turns `skip_errors` off.
    #[must_use]
    pub fn resync(mut self, on: bool) -> Self {
        self.scanner.set_resync(on);
        self
    }

    /// The same codec passing over damage instead of returning it (off by default), so
    /// that a `FramedRead` keeps going past a corrupt frame where it would end the
    /// stream at the first error: `decode` resynchronises (this turns
    /// [`resync`](WireCodec::resync) on), counts the error in
    /// [`skipped_errors`](WireCodec::skipped_errors) and in the stats, and returns the
    /// next good frame. See [`FrameDecoder::skip_errors`](super::FrameDecoder::skip_errors).
    ///
    /// With `FramedRead::new(socket, codec)` the same holds: the stream yields the good
    /// frames and ends only when the socket does.
    ///
    /// ```
    /// use bytes::BytesMut;
    /// use tokio_util::codec::Decoder;
    /// use wire::frame::{FrameEncoder, FrameMeta, WireCodec, WireHeader};
    ///
    /// let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
    /// let mut stream = Vec::new();
    /// for payload in [&b"one"[..], b"two", b"three"] {
    ///     encoder.append(FrameMeta::new(1), payload, &mut stream)?;
    /// }
    /// stream[40] ^= 0x10; // a bit of the third frame's message type
    ///
    /// let mut codec = WireCodec::<WireHeader>::new().skip_errors(true).require_checksum(true);
    /// let mut buf = BytesMut::from(&stream[..]);
    /// let mut payloads = Vec::new();
    /// while let Some(frame) = codec.decode_eof(&mut buf)? {
    ///     payloads.push(frame.payload.to_vec());
    /// }
    /// assert_eq!(payloads, [b"one".to_vec(), b"two".to_vec()]);
    /// assert_eq!((codec.skipped_errors(), codec.skipped_bytes()), (1, 21));
    /// # Ok::<(), wire::io::StreamError>(())
    /// ```
    #[must_use]
    pub fn skip_errors(mut self, on: bool) -> Self {
        self.scanner.set_skip_errors(on);
        self
    }

    /// Errors passed over with [`skip_errors`](WireCodec::skip_errors) so far.
    pub fn skipped_errors(&self) -> u64 {
        self.scanner.skipped_errors
    }

    /// Bytes skipped while resynchronising so far.
    pub fn skipped_bytes(&self) -> u64 {
        self.scanner.skipped_total
    }

    /// The same codec writing a CRC32C in every frame and requiring one in every frame
    /// it reads: the preferred switch, named as on
    /// [`FrameEncoder::checksum`](super::FrameEncoder::checksum) and
    /// [`FrameDecoder::checksum`](super::FrameDecoder::checksum), so that both ends of a
    /// connection turn it on the same way.
    #[must_use]
    pub fn checksum(self, on: bool) -> Self {
        self.with_checksum(on).require_checksum(on)
    }

    /// The same codec rejecting frames without a checksum (the reading half of
    /// [`checksum`](WireCodec::checksum)).
    #[must_use]
    pub fn require_checksum(mut self, on: bool) -> Self {
        self.scanner.require_checksum = on;
        self
    }

    /// The same codec writing a CRC32C in every frame (the writing half of
    /// [`checksum`](WireCodec::checksum)).
    #[must_use]
    pub fn with_checksum(mut self, on: bool) -> Self {
        self.encoder = self.encoder.with_checksum(on);
        self
    }

    /// Appends `msg` to `dst` as one frame, encoded in place after room for the header
    /// (see [`FrameEncoder::append_message`](super::FrameEncoder::append_message)).
    pub fn encode_message<M: FrameEncode + ?Sized>(
        &mut self,
        msg: &M,
        dst: &mut BytesMut,
    ) -> Result<(), FrameError> {
        let start = dst.len();
        dst.resize(start + H::LEN + msg.encoded_len(), 0);
        match self.encoder.seal_message(msg, &mut dst[start..]) {
            Ok(len) => {
                dst.truncate(start + len);
                Ok(())
            }
            Err(err) => {
                dst.truncate(start);
                Err(err)
            }
        }
    }

    /// The same codec compressing payloads of at least `threshold` bytes.
    #[cfg(feature = "compression")]
    #[must_use]
    pub fn with_compression(mut self, threshold: usize) -> Self {
        self.encoder = self.encoder.with_compression(threshold);
        self
    }

    /// The same codec counting both directions into `stats`.
    #[must_use]
    pub fn with_stats(mut self, stats: Arc<Stats>) -> Self {
        self.encoder = self.encoder.with_stats(Arc::clone(&stats));
        self.scanner.stats = Some(stats);
        self
    }

    fn encode_payload(
        &mut self,
        meta: FrameMeta,
        payload: &[u8],
        dst: &mut BytesMut,
    ) -> Result<(), StreamError> {
        let frame = self.encoder.prepare(meta, payload)?;
        dst.reserve(frame.len());
        dst.extend_from_slice(frame.header());
        dst.extend_from_slice(frame.payload());
        Ok(())
    }

    #[cfg(feature = "compression")]
    fn decompress(&mut self, payload: &[u8], offset: u64) -> Result<BytesMut, FrameError> {
        let max = self.scanner.max_frame_len;
        match super::compress::decompress(payload, max, offset, &mut self.decompressed) {
            Ok(len) => Ok(BytesMut::from(&self.decompressed[..len])),
            Err(err) => Err(self.scanner.fail(err)),
        }
    }

    #[cfg(not(feature = "compression"))]
    fn decompress(&mut self, _payload: &[u8], offset: u64) -> Result<BytesMut, FrameError> {
        Err(self.scanner.fail(FrameError::Decompress {
            offset,
            reason: "compressed frame, and lz4 support (feature `compression`) is not compiled in",
        }))
    }
}

impl<H: FrameHeader> Decoder for WireCodec<H> {
    type Item = CodecFrame<H>;
    type Error = StreamError;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<CodecFrame<H>>, StreamError> {
        loop {
            match self.decode_once(src) {
                // Only a payload that would not decompress comes back with skip_errors on:
                // the scan counts and passes over its own errors.
                Err(StreamError::Frame(_)) if self.scanner.skips() => {}
                other => return other,
            }
        }
    }

    fn decode_eof(&mut self, buf: &mut BytesMut) -> Result<Option<CodecFrame<H>>, StreamError> {
        self.scanner.eof = true;
        self.decode(buf)
    }
}

impl<H: FrameHeader> WireCodec<H> {
    fn decode_once(&mut self, src: &mut BytesMut) -> Result<Option<CodecFrame<H>>, StreamError> {
        let (discard, step) = self.scanner.poll::<H>(src, self.offset);
        src.advance(discard);
        self.offset += discard as u64;
        match step? {
            Step::Frame {
                header,
                len,
                skipped,
            } => {
                let offset = self.offset;
                let mut payload = src.split_to(len);
                self.offset += len as u64;
                payload.advance(H::LEN);
                if header.flags().contains(FrameFlags::COMPRESSED) {
                    payload = self.decompress(&payload, offset).inspect_err(|_| {
                        // Dropped without being handed out: the frame counts as skipped.
                        self.scanner.drop_frame(len);
                    })?;
                }
                self.scanner.record_frame(len);
                Ok(Some(CodecFrame {
                    header,
                    payload,
                    offset,
                    skipped_before: skipped,
                }))
            }
            Step::NeedMore(needed) => {
                // `needed` is at most the header plus `max_frame_len`: the cap was checked
                // before this reservation.
                src.reserve(needed.saturating_sub(src.len()));
                Ok(None)
            }
            Step::End => Ok(None),
        }
    }
}

impl<H: FrameHeader> Encoder<&[u8]> for WireCodec<H> {
    type Error = StreamError;

    fn encode(&mut self, payload: &[u8], dst: &mut BytesMut) -> Result<(), StreamError> {
        self.encode_payload(FrameMeta::default(), payload, dst)
    }
}

impl<H: FrameHeader> Encoder<Bytes> for WireCodec<H> {
    type Error = StreamError;

    fn encode(&mut self, payload: Bytes, dst: &mut BytesMut) -> Result<(), StreamError> {
        self.encode_payload(FrameMeta::default(), &payload, dst)
    }
}

impl<H: FrameHeader, B: AsRef<[u8]>> Encoder<(FrameMeta, B)> for WireCodec<H> {
    type Error = StreamError;

    fn encode(
        &mut self,
        (meta, payload): (FrameMeta, B),
        dst: &mut BytesMut,
    ) -> Result<(), StreamError> {
        self.encode_payload(meta, payload.as_ref(), dst)
    }
}
