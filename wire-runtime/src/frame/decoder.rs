//! Reading frames: the scanning core shared by every decoder, [`FrameDecoder`] over a
//! reusable buffer, and [`frames`] over one complete buffer.

use super::{FrameCrc, FrameError, FrameFlags, FrameHeader, DEFAULT_MAX_FRAME_LEN};
use crate::stats::Stats;
use std::marker::PhantomData;
use std::sync::Arc;

/// What the scanner found at the front of the buffered bytes.
pub(crate) enum Step<H> {
    /// A complete, verified frame of `len` bytes (header included).
    Frame { header: H, len: usize, skipped: u64 },
    /// The frame at the front needs `needed` bytes in all; fewer are buffered.
    NeedMore(usize),
    /// The stream has ended and every byte is accounted for.
    End,
}

/// What [`Scanner::check`] found at one offset.
enum Check<H> {
    Frame { header: H, len: usize },
    NeedMore(usize),
}

/// The state of a decoder that does not depend on where its bytes live: limits,
/// resynchronisation, poisoning, counters. [`FrameDecoder`], [`Frames`] and the tokio
/// codec each pair one with their own buffer.
#[derive(Debug, Clone)]
pub(crate) struct Scanner {
    pub(crate) max_frame_len: usize,
    pub(crate) resync: bool,
    /// Count errors and carry on instead of returning them (implies `resync`).
    pub(crate) skip_errors: bool,
    /// Errors counted instead of returned, with `skip_errors`.
    pub(crate) skipped_errors: u64,
    pub(crate) require_checksum: bool,
    pub(crate) eof: bool,
    hunting: bool,
    /// Bytes discarded since the last frame; handed out with the next frame.
    skip_run: u64,
    pub(crate) skipped_total: u64,
    poisoned: Option<FrameError>,
    pub(crate) stats: Option<Arc<Stats>>,
    crc: FrameCrc,
}

impl Scanner {
    pub(crate) fn new() -> Self {
        Scanner {
            max_frame_len: DEFAULT_MAX_FRAME_LEN,
            resync: false,
            skip_errors: false,
            skipped_errors: 0,
            require_checksum: false,
            eof: false,
            hunting: false,
            skip_run: 0,
            skipped_total: 0,
            poisoned: None,
            stats: None,
            crc: FrameCrc::new(),
        }
    }

    pub(crate) fn is_poisoned(&self) -> bool {
        self.poisoned.is_some()
    }

    /// Resynchronisation on or off; off also stops skipping errors, which needs it.
    pub(crate) fn set_resync(&mut self, on: bool) {
        self.resync = on;
        self.skip_errors &= on;
    }

    /// Skipping errors on or off; on also turns resynchronisation on.
    pub(crate) fn set_skip_errors(&mut self, on: bool) {
        self.skip_errors = on;
        self.resync |= on;
    }

    /// Whether an error just recorded is to be counted and passed over rather than
    /// returned; counts it if so.
    pub(crate) fn skips(&mut self) -> bool {
        if self.skip_errors {
            self.skipped_errors += 1;
        }
        self.skip_errors
    }

    /// Scans `bytes` (whose first byte is at stream offset `offset`) for the next frame.
    ///
    /// Returns how many leading bytes the caller must drop (bytes skipped while
    /// resynchronising) and what follows them. A frame is not consumed: the caller drops
    /// its `len` bytes after taking the payload out.
    #[inline]
    pub(crate) fn poll<H: FrameHeader>(
        &mut self,
        bytes: &[u8],
        offset: u64,
    ) -> (usize, Result<Step<H>, FrameError>) {
        match self.poll_fast::<H>(bytes, offset) {
            Some(step) => (0, Ok(step)),
            None => self.poll_slow::<H>(bytes, offset),
        }
    }

    /// The common case of [`poll`](Scanner::poll): an intact frame, or the rest of one
    /// still to come, at the front of `bytes` of a healthy decoder. `None` leaves
    /// everything else (damage, hunting, a poisoned decoder, the end of the stream) to
    /// [`poll_slow`](Scanner::poll_slow), which checks the front again.
    ///
    /// Why a path of its own: every frame goes through here, and the scanning loop,
    /// inlined with its error bookkeeping, kept the decoder's state in stack slots that
    /// every frame loaded and stored again. Without the loop, the frame's header,
    /// length and offsets stay in registers, and nothing is written until the frame is
    /// handed out. It checks exactly what [`check`](Scanner::check) checks, by calling it.
    #[inline(always)]
    pub(crate) fn poll_fast<H: FrameHeader>(
        &mut self,
        bytes: &[u8],
        offset: u64,
    ) -> Option<Step<H>> {
        if self.hunting || self.poisoned.is_some() {
            return None;
        }
        match self.check::<H>(bytes, offset) {
            Ok(Check::Frame { header, len }) => Some(Step::Frame {
                header,
                len,
                // Not always 0: a frame dropped whole (a payload that would not
                // decompress) is counted here without a hunt.
                skipped: std::mem::take(&mut self.skip_run),
            }),
            Ok(Check::NeedMore(needed)) if !self.eof => Some(Step::NeedMore(needed)),
            _ => None,
        }
    }

    /// [`poll`](Scanner::poll) for everything but an intact frame at the front of a
    /// healthy decoder: errors, poisoning, resynchronisation, the end of the stream.
    #[cold]
    #[inline(never)]
    fn poll_slow<H: FrameHeader>(
        &mut self,
        bytes: &[u8],
        offset: u64,
    ) -> (usize, Result<Step<H>, FrameError>) {
        if let Some(err) = self.poisoned {
            return (0, Err(err));
        }
        let mut pos = 0;
        loop {
            let rest = &bytes[pos..];
            let at = offset + pos as u64;
            // While hunting, the cheap plausibility test rules out most offsets before the
            // full check (which may hash a whole payload) runs.
            let plausible = !self.hunting
                || rest
                    .get(..H::LEN)
                    .is_none_or(|head| H::is_plausible(head, self.max_frame_len as u64));
            let checked = if plausible {
                Some(self.check::<H>(rest, at))
            } else {
                None
            };
            let err = match checked {
                Some(Ok(Check::Frame { header, len })) => {
                    self.hunting = false;
                    let skipped = std::mem::take(&mut self.skip_run);
                    return (
                        pos,
                        Ok(Step::Frame {
                            header,
                            len,
                            skipped,
                        }),
                    );
                }
                Some(Ok(Check::NeedMore(needed))) if !self.eof => {
                    return (pos, Ok(Step::NeedMore(needed)))
                }
                Some(Ok(Check::NeedMore(_))) if rest.is_empty() => return (pos, Ok(Step::End)),
                Some(Ok(Check::NeedMore(needed))) => FrameError::Truncated {
                    offset: at,
                    needed: needed as u64,
                    available: rest.len() as u64,
                },
                Some(Err(err)) => err,
                None => FrameError::BadHeader {
                    offset: at,
                    field: "header",
                    value: 0,
                },
            };
            if !self.resync {
                return (pos, Err(self.fail(err)));
            }
            // Drop one byte and look again: the next frame may start anywhere, even
            // inside the bytes a damaged header claimed.
            pos += 1;
            self.skip(1);
            if !self.hunting {
                self.hunting = true;
                let err = self.fail(err);
                if !self.skips() {
                    return (pos, Err(err));
                }
            }
        }
    }

    /// Checks the bytes at one offset: a header, a length within the cap, a checksum.
    // Always inlined, like `FrameHeader::read` for `WireHeader`: in the fast path its
    // errors are dropped unbuilt, and its result never goes through memory.
    #[inline(always)]
    fn check<H: FrameHeader>(&mut self, rest: &[u8], at: u64) -> Result<Check<H>, FrameError> {
        let Some(head) = rest.get(..H::LEN) else {
            return Ok(Check::NeedMore(H::LEN));
        };
        let header = H::read(head).map_err(|err| FrameError::from_header(err, at))?;
        let payload_len = header.payload_len();
        // The cap is checked before anything is buffered or reserved for the payload.
        if payload_len > self.max_frame_len as u64 {
            return Err(FrameError::TooLarge {
                offset: at,
                len: payload_len,
                max: self.max_frame_len as u64,
            });
        }
        let expected = header.checksum();
        if self.require_checksum && expected.is_none() {
            return Err(FrameError::MissingChecksum { offset: at });
        }
        // No overflow: payload_len <= max_frame_len, which is a usize.
        let len = H::LEN.saturating_add(payload_len as usize);
        let Some(frame) = rest.get(..len) else {
            return Ok(Check::NeedMore(len));
        };
        if let Some(expected) = expected {
            let computed = checksum::<H>(&mut self.crc, frame);
            if computed != expected {
                return Err(FrameError::ChecksumMismatch {
                    offset: at,
                    expected,
                    computed,
                });
            }
        }
        Ok(Check::Frame { header, len })
    }

    /// Records skipped bytes.
    fn skip(&mut self, count: u64) {
        self.skip_run += count;
        self.skipped_total += count;
        if let Some(stats) = &self.stats {
            stats.record_skipped(count as usize);
        }
    }

    /// Records a whole frame dropped after it was consumed (its payload would not
    /// decompress). With resync its bytes are skipped bytes; without, the error that
    /// follows is fatal and nothing is counted.
    pub(crate) fn drop_frame(&mut self, len: usize) {
        if self.resync {
            self.skip(len as u64);
        }
    }

    /// Records an error about to be returned; without resynchronisation it poisons the
    /// decoder, so every later call returns it again.
    pub(crate) fn fail(&mut self, err: FrameError) -> FrameError {
        if let Some(stats) = &self.stats {
            // TooLarge lands in `frames_too_large` through its kind.
            stats.record_error(err.stats_kind());
        }
        if !self.resync {
            self.poisoned = Some(err);
        }
        err
    }

    #[inline]
    pub(crate) fn record_frame(&self, len: usize) {
        if let Some(stats) = &self.stats {
            stats.record_frame_in(len);
        }
    }
}

/// The CRC32C of a whole frame: the covered part of its header, then its payload.
#[inline]
pub(crate) fn checksum<H: FrameHeader>(crc: &mut FrameCrc, frame: &[u8]) -> u32 {
    let covered = H::CHECKSUM_COVERS.min(H::LEN);
    crc.frame(&frame[..covered], &frame[H::LEN..])
}

/// One frame handed out by a decoder: its header and a payload borrowed from the
/// decoder's buffer (or, for a compressed frame, its decompression buffer).
#[derive(Debug, Clone)]
pub struct Frame<'a, H> {
    header: H,
    payload: &'a [u8],
    offset: u64,
    wire_len: usize,
    skipped: u64,
}

impl<'a, H: FrameHeader> Frame<'a, H> {
    /// The header as read.
    pub fn header(&self) -> &H {
        &self.header
    }

    /// The payload (decompressed, if the frame was compressed).
    pub fn payload(&self) -> &'a [u8] {
        self.payload
    }

    /// The message type, if the header has one.
    pub fn msg_type(&self) -> Option<u16> {
        self.header.msg_type()
    }

    /// The message version, if the header has one.
    pub fn version(&self) -> Option<u8> {
        self.header.version()
    }

    /// Stream offset of the frame's first header byte.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Bytes the frame took on the wire, header included.
    pub fn wire_len(&self) -> usize {
        self.wire_len
    }

    /// Bytes discarded while resynchronising just before this frame; 0 when the frame
    /// followed the previous one directly.
    pub fn skipped_before(&self) -> u64 {
        self.skipped
    }

    /// Splits the frame into its header and payload.
    pub fn into_parts(self) -> (H, &'a [u8]) {
        (self.header, self.payload)
    }
}

/// Where a polled frame's payload lives, so the borrow is taken only when handing it out.
pub(crate) struct Span<H> {
    header: H,
    start: usize,
    wire_len: usize,
    offset: u64,
    skipped: u64,
    decompressed: Option<usize>,
}

/// How much spare room [`FrameDecoder::spare_mut`] offers at least, so a reader fills
/// the buffer in few calls even between frames.
const DEFAULT_READ_CHUNK: usize = 16 * 1024;

/// A streaming frame decoder: push bytes in any pieces, pull whole frames.
///
/// Frames borrow their payload from the decoder's buffer; nothing is copied per frame.
/// The buffer is reused: consumed bytes are dropped by moving the unread rest (at most
/// one partial frame, usually) to the front, and it only grows to hold the largest frame
/// seen plus one read, so in steady state the decoder does not allocate.
///
/// A header that declares a payload above [`max_frame_len`](FrameDecoder::max_frame_len)
/// fails with [`FrameError::TooLarge`] before anything is reserved for it.
///
/// Errors. Without [`resync`](FrameDecoder::resync) every error is fatal: the decoder is
/// poisoned and every later call returns the same error. With it, the decoder reports the
/// error once, then drops bytes one at a time until it finds a plausible header whose
/// frame verifies (its checksum, if it carries one), and carries on; the first frame
/// after the gap reports the bytes dropped in [`Frame::skipped_before`], and
/// [`skipped_bytes`](FrameDecoder::skipped_bytes) and the stats count them all. Pair
/// resync with [`require_checksum`](FrameDecoder::require_checksum) and a header that
/// carries one ([`WireHeader`](super::WireHeader)), or a false header found in the damage
/// may be believed.
///
/// How soon damage is found depends on the header. A [`WireHeader`](super::WireHeader)
/// checks its own bytes with a CRC-16, so a damaged length is refused as soon as the 16
/// header bytes are in, and the frames after it come out as they arrive. A plain length
/// prefix has nothing to check: a length that grew is believed, up to
/// [`max_frame_len`](FrameDecoder::max_frame_len), and the frames after it wait until
/// that many bytes have arrived (or the stream ends) before the frame's checksum, if
/// any, can fail.
///
/// ```
/// use wire::frame::{FrameDecoder, FrameEncoder, FrameError, FrameMeta, WireHeader};
///
/// let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
/// let mut stream = Vec::new();
/// for payload in [&b"one"[..], b"two", b"three"] {
///     encoder.append(FrameMeta::new(1), payload, &mut stream)?;
/// }
/// stream[22] ^= 0xff; // damage the second frame's header (its message type)
///
/// let mut decoder = FrameDecoder::<WireHeader>::new().resync(true).require_checksum(true);
/// decoder.push(&stream);
/// assert_eq!(decoder.next_frame()?.unwrap().payload(), b"one");
/// assert!(matches!(decoder.next_frame(), Err(FrameError::HeaderChecksumMismatch { offset: 19, .. })));
/// let third = decoder.next_frame()?.unwrap();
/// assert_eq!((third.payload(), third.skipped_before()), (&b"three"[..], 19));
/// # Ok::<(), FrameError>(())
/// ```
#[derive(Debug)]
pub struct FrameDecoder<H> {
    buf: Vec<u8>,
    start: usize,
    end: usize,
    /// Stream offset of `buf[start]`.
    offset: u64,
    /// Bytes the frame at the front needs in all, when known; guides `spare_mut`.
    need: usize,
    read_chunk: usize,
    scanner: Scanner,
    #[cfg(feature = "compression")]
    decompressed: Vec<u8>,
    _header: PhantomData<fn() -> H>,
}

impl<H: FrameHeader> Default for FrameDecoder<H> {
    fn default() -> Self {
        Self::new()
    }
}

impl<H: FrameHeader> FrameDecoder<H> {
    /// A decoder with the default cap ([`DEFAULT_MAX_FRAME_LEN`](super::DEFAULT_MAX_FRAME_LEN)),
    /// without resync, and an empty buffer that grows on first use.
    pub fn new() -> Self {
        FrameDecoder {
            buf: Vec::new(),
            start: 0,
            end: 0,
            offset: 0,
            need: 0,
            read_chunk: DEFAULT_READ_CHUNK,
            scanner: Scanner::new(),
            #[cfg(feature = "compression")]
            decompressed: Vec::new(),
            _header: PhantomData,
        }
    }

    /// The same decoder with a buffer of `capacity` bytes allocated up front.
    #[must_use]
    pub fn with_capacity(mut self, capacity: usize) -> Self {
        self.buf.resize(capacity.max(self.buf.len()), 0);
        self
    }

    /// The same decoder with a cap on payload length (decompressed length too).
    #[must_use]
    pub fn max_frame_len(mut self, max: usize) -> Self {
        self.scanner.max_frame_len = max;
        self
    }

    /// The same decoder with resynchronisation after damage on or off (off by default).
    /// Off also turns [`skip_errors`](FrameDecoder::skip_errors) off.
    #[must_use]
    pub fn resync(mut self, on: bool) -> Self {
        self.scanner.set_resync(on);
        self
    }

    /// The same decoder passing over damage instead of reporting it (off by default):
    /// it resynchronises as with [`resync`](FrameDecoder::resync) (which this turns on),
    /// but [`next_frame`](FrameDecoder::next_frame) returns no error for it; it counts
    /// it in [`skipped_errors`](FrameDecoder::skipped_errors) and carries on to the next
    /// good frame. The stats see every skipped error under its kind, and the bytes
    /// dropped in `bytes_skipped`. For readers that should keep going past a corrupt
    /// frame: [`FrameReader`](crate::io::FrameReader), and tokio's `FramedRead` with
    /// `WireCodec::skip_errors` (feature `tokio`).
    ///
    /// ```
    /// use wire::frame::{FrameDecoder, FrameEncoder, FrameMeta, WireHeader};
    ///
    /// let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
    /// let mut stream = Vec::new();
    /// for payload in [&b"one"[..], b"two", b"three"] {
    ///     encoder.append(FrameMeta::new(1), payload, &mut stream)?;
    /// }
    /// stream[26] ^= 0x01; // bit 16 of the second frame's length: 65 536 bytes more
    ///
    /// let mut decoder = FrameDecoder::<WireHeader>::new().skip_errors(true).require_checksum(true);
    /// decoder.push(&stream);
    /// let mut payloads = Vec::new();
    /// while let Some(frame) = decoder.next_frame()? {
    ///     payloads.push(frame.payload().to_vec());
    /// }
    /// assert_eq!(payloads, [b"one".to_vec(), b"three".to_vec()]);
    /// assert_eq!((decoder.skipped_errors(), decoder.skipped_bytes()), (1, 19));
    /// # Ok::<(), wire::frame::FrameError>(())
    /// ```
    #[must_use]
    pub fn skip_errors(mut self, on: bool) -> Self {
        self.scanner.set_skip_errors(on);
        self
    }

    /// The same decoder rejecting frames that carry no checksum
    /// ([`FrameError::MissingChecksum`]); off by default. Prefer
    /// [`checksum`](FrameDecoder::checksum), the same switch under the name the encoder uses.
    #[must_use]
    pub fn require_checksum(mut self, on: bool) -> Self {
        self.scanner.require_checksum = on;
        self
    }

    /// The same decoder requiring a CRC32C in every frame (and verifying it), as
    /// [`FrameEncoder::checksum`](super::FrameEncoder::checksum) writes one: the one
    /// switch both sides understand. Frames that carry a checksum are verified either way.
    #[must_use]
    pub fn checksum(self, on: bool) -> Self {
        self.require_checksum(on)
    }

    /// The same decoder with at least `bytes` of spare room offered to readers by
    /// [`spare_mut`](FrameDecoder::spare_mut) (16 KiB by default).
    #[must_use]
    pub fn read_chunk(mut self, bytes: usize) -> Self {
        self.read_chunk = bytes.max(1);
        self
    }

    /// The same decoder counting frames, bytes and errors into `stats`.
    #[must_use]
    pub fn with_stats(mut self, stats: Arc<Stats>) -> Self {
        self.scanner.stats = Some(stats);
        self
    }

    /// Appends bytes received from the stream.
    ///
    /// ```
    /// use wire::frame::{FrameDecoder, LenU16Be};
    ///
    /// let mut decoder = FrameDecoder::<LenU16Be>::new();
    /// decoder.push(&[0, 2, b'h']);
    /// assert!(decoder.next_frame()?.is_none()); // one byte short
    /// decoder.push(&[b'i']);
    /// assert_eq!(decoder.next_frame()?.unwrap().payload(), b"hi");
    /// # Ok::<(), wire::frame::FrameError>(())
    /// ```
    pub fn push(&mut self, bytes: &[u8]) {
        self.make_room(bytes.len());
        self.buf[self.end..self.end + bytes.len()].copy_from_slice(bytes);
        self.end += bytes.len();
    }

    /// Spare room at the end of the buffer for a reader to write into directly, so a
    /// socket read is the only copy; report what was written with
    /// [`commit`](FrameDecoder::commit).
    ///
    /// The slice is at least as long as the rest of the frame being received (once its
    /// header is known and within the cap) and at least the read chunk size.
    ///
    /// ```
    /// use std::io::Read;
    /// use wire::frame::{FrameDecoder, LenU16Be};
    ///
    /// let mut socket: &[u8] = &[0, 3, b'a', b'b', b'c'];
    /// let mut decoder = FrameDecoder::<LenU16Be>::new();
    /// let n = socket.read(decoder.spare_mut())?;
    /// decoder.commit(n);
    /// assert_eq!(decoder.next_frame()?.unwrap().payload(), b"abc");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn spare_mut(&mut self) -> &mut [u8] {
        let buffered = self.end - self.start;
        let wanted = self.need.saturating_sub(buffered).max(self.read_chunk);
        self.make_room(wanted);
        &mut self.buf[self.end..]
    }

    /// Marks `written` bytes at the front of [`spare_mut`](FrameDecoder::spare_mut) as
    /// received. Counts beyond the spare room are clamped to it.
    pub fn commit(&mut self, written: usize) {
        self.end = (self.end + written).min(self.buf.len());
    }

    /// Tells the decoder the stream has ended: the frames still buffered are handed out,
    /// and an incomplete one at the end is [`FrameError::Truncated`] instead of a wait
    /// for more bytes (with resync, its bytes are skipped).
    pub fn finish(&mut self) {
        self.scanner.eof = true;
    }

    /// The next complete frame, `Ok(None)` when more bytes are needed (or, after
    /// [`finish`](FrameDecoder::finish), when the stream is exhausted).
    // Always inlined: the fast path is a few dozen instructions around the two CRCs, and
    // a frame returned from a call goes through memory (about 30 instructions a frame).
    #[inline(always)]
    pub fn next_frame(&mut self) -> Result<Option<Frame<'_, H>>, FrameError> {
        // The common case inline and straight to the frame, the rest out of line (see
        // `Scanner::poll_fast`).
        let (start, end) = (self.start, self.end);
        match self
            .scanner
            .poll_fast::<H>(&self.buf[start..end], self.offset)
        {
            Some(Step::Frame {
                header,
                len,
                skipped,
            }) if !header.flags().contains(FrameFlags::COMPRESSED) => {
                let span = self.consume_frame(header, len, skipped, None);
                // Cut from the very bytes the scanner checked, whose bounds the compiler
                // has seen checked (`frame(span)` would check them again).
                let payload = &self.buf[start..end][H::LEN..len];
                Ok(Some(Frame {
                    header: span.header,
                    payload,
                    offset: span.offset,
                    wire_len: span.wire_len,
                    skipped: span.skipped,
                }))
            }
            Some(Step::NeedMore(needed)) => {
                self.need = needed;
                Ok(None)
            }
            // The slow path returns a span, through memory, and the frame is made here:
            // were it to return a frame, the fast path's would be stored in the same
            // place for the two to meet (about 10 instructions a frame).
            first => match self.poll_slow(first) {
                Ok(Some(span)) => Ok(Some(self.frame(span))),
                Ok(None) => Ok(None),
                Err(err) => Err(err),
            },
        }
    }

    /// Bytes received and not yet handed out or skipped.
    pub fn buffered(&self) -> usize {
        self.end - self.start
    }

    /// Bytes of the buffer, used or not; it grows to fit the largest frame plus one read.
    pub fn capacity(&self) -> usize {
        self.buf.len()
    }

    /// Bytes skipped while resynchronising, since the decoder was made.
    pub fn skipped_bytes(&self) -> u64 {
        self.scanner.skipped_total
    }

    /// Errors passed over with [`skip_errors`](FrameDecoder::skip_errors), since the
    /// decoder was made: one per stretch of damage skipped (the error that started the
    /// resynchronisation) and one per frame whose payload would not decompress.
    pub fn skipped_errors(&self) -> u64 {
        self.scanner.skipped_errors
    }

    /// Whether an error without resync has made the decoder unusable.
    pub fn is_poisoned(&self) -> bool {
        self.scanner.is_poisoned()
    }

    /// Whether [`finish`](FrameDecoder::finish) was called.
    pub fn is_finished(&self) -> bool {
        self.scanner.eof
    }

    /// Finds the next frame without borrowing it, so callers can loop over reads and
    /// polls and only borrow the payload when they return it.
    #[inline]
    pub(crate) fn poll(&mut self) -> Result<Option<Span<H>>, FrameError> {
        match self.poll_fast() {
            Ok(span) => Ok(Some(span)),
            Err(first) => self.poll_slow(first),
        }
    }

    /// The common case: an intact, uncompressed frame at the front of a healthy
    /// decoder, consumed. Anything else comes back for the slow path: what the scanner
    /// found, if it looked (`None` if it left the front to `Scanner::poll_slow`).
    #[inline(always)]
    fn poll_fast(&mut self) -> Result<Span<H>, Option<Step<H>>> {
        match self
            .scanner
            .poll_fast::<H>(&self.buf[self.start..self.end], self.offset)
        {
            Some(Step::Frame {
                header,
                len,
                skipped,
            }) if !header.flags().contains(FrameFlags::COMPRESSED) => {
                Ok(self.consume_frame(header, len, skipped, None))
            }
            other => Err(other),
        }
    }

    /// [`poll`](FrameDecoder::poll) past damage, poisoning, compressed payloads and the
    /// end of the stream, starting from what `poll_fast` found, if anything.
    #[cold]
    #[inline(never)]
    fn poll_slow(&mut self, first: Option<Step<H>>) -> Result<Option<Span<H>>, FrameError> {
        let mut polled = match first {
            Some(step) => self.take_step(step),
            None => self.poll_once(),
        };
        loop {
            match polled {
                // Only a payload that would not decompress comes back with skip_errors on:
                // the scan counts and passes over its own errors.
                Err(_) if self.scanner.skips() => polled = self.poll_once(),
                other => return other,
            }
        }
    }

    fn poll_once(&mut self) -> Result<Option<Span<H>>, FrameError> {
        let (discard, step) = self
            .scanner
            .poll::<H>(&self.buf[self.start..self.end], self.offset);
        self.consume(discard);
        self.take_step(step?)
    }

    /// Acts on what the scanner found at the front of the buffer: consumes a frame (and
    /// decompresses its payload), or notes how many bytes the frame at the front needs.
    fn take_step(&mut self, step: Step<H>) -> Result<Option<Span<H>>, FrameError> {
        match step {
            Step::Frame {
                header,
                len,
                skipped,
            } => {
                let (start, offset) = (self.start, self.offset);
                // Consumed before it is decompressed: a payload that will not decompress
                // is dropped with its frame.
                self.consume(len);
                self.need = 0;
                let decompressed = if header.flags().contains(FrameFlags::COMPRESSED) {
                    Some(self.decompress(start + H::LEN..start + len, offset)?)
                } else {
                    None
                };
                Ok(Some(self.frame_consumed(
                    header,
                    len,
                    skipped,
                    decompressed,
                )))
            }
            Step::NeedMore(needed) => {
                self.need = needed;
                Ok(None)
            }
            Step::End => Ok(None),
        }
    }

    /// Consumes the frame of `len` bytes at the front of the buffer, and says where it is.
    #[inline(always)]
    fn consume_frame(
        &mut self,
        header: H,
        len: usize,
        skipped: u64,
        decompressed: Option<usize>,
    ) -> Span<H> {
        self.consume(len);
        self.frame_consumed(header, len, skipped, decompressed)
    }

    /// Where the frame of `len` bytes just consumed is, and counts it.
    #[inline(always)]
    fn frame_consumed(
        &mut self,
        header: H,
        len: usize,
        skipped: u64,
        decompressed: Option<usize>,
    ) -> Span<H> {
        self.need = 0;
        self.scanner.record_frame(len);
        Span {
            header,
            start: self.start - len,
            wire_len: len,
            offset: self.offset - len as u64,
            skipped,
            decompressed,
        }
    }

    /// Hands out the frame [`poll`](FrameDecoder::poll) found.
    #[inline]
    pub(crate) fn frame(&self, span: Span<H>) -> Frame<'_, H> {
        let payload = match span.decompressed {
            #[cfg(feature = "compression")]
            Some(len) => &self.decompressed[..len],
            #[cfg(not(feature = "compression"))]
            Some(_) => &[],
            None => &self.buf[span.start + H::LEN..span.start + span.wire_len],
        };
        Frame {
            header: span.header,
            payload,
            offset: span.offset,
            wire_len: span.wire_len,
            skipped: span.skipped,
        }
    }

    /// Decompresses a consumed frame's payload; on failure the frame's bytes count as
    /// skipped, since they were dropped without being handed out.
    #[inline(never)]
    fn decompress(
        &mut self,
        payload: std::ops::Range<usize>,
        offset: u64,
    ) -> Result<usize, FrameError> {
        let wire_len = payload.end - payload.start + H::LEN;
        #[cfg(feature = "compression")]
        let result = super::compress::decompress(
            &self.buf[payload],
            self.scanner.max_frame_len,
            offset,
            &mut self.decompressed,
        );
        #[cfg(not(feature = "compression"))]
        let result = Err(FrameError::Decompress {
            offset,
            reason: "compressed frame, and lz4 support (feature `compression`) is not compiled in",
        });
        result.map_err(|err| {
            self.scanner.drop_frame(wire_len);
            self.scanner.fail(err)
        })
    }

    #[inline]
    fn consume(&mut self, count: usize) {
        self.start += count;
        self.offset += count as u64;
    }

    /// Makes room for `additional` bytes after `end`: first by moving the unread bytes to
    /// the front, and only then by growing.
    fn make_room(&mut self, additional: usize) {
        if self.start == self.end {
            self.start = 0;
            self.end = 0;
        }
        if self.buf.len() - self.end >= additional {
            return;
        }
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        if self.buf.len() - self.end >= additional {
            return;
        }
        // Doubling keeps growth amortised when a stream is pushed in small pieces.
        let len = (self.end + additional).max(self.buf.len() * 2);
        self.buf.resize(len, 0);
    }
}

/// Reads the frames of one complete buffer (a datagram, a file) in place, without
/// copying: see [`frames`].
#[derive(Debug, Clone)]
pub struct Frames<'a, H> {
    bytes: &'a [u8],
    pos: usize,
    scanner: Scanner,
    done: bool,
    _header: PhantomData<fn() -> H>,
}

/// The frames of `bytes`, a buffer that ends where the stream ends, borrowed in place.
///
/// Each item is a frame or the error that ends the iteration (a truncated last frame is
/// [`FrameError::Truncated`]). Frames with a checksum are verified; compressed frames
/// are an error here, since there is no buffer to decompress into (use a
/// [`FrameDecoder`]).
///
/// # Example: MoldUDP64
///
/// A MoldUDP64 downstream packet (MoldUDP64 1.00, "Downstream Packets") is a 20-byte
/// header (10-byte session, big-endian `u64` sequence number, big-endian `u16` message
/// count) followed by message blocks, each a big-endian `u16` length and the message:
/// the blocks are [`LenU16Be`](super::LenU16Be) frames.
///
/// ```
/// use wire::frame::{frames, FrameEncoder, FrameMeta, LenU16Be};
///
/// let mut packet = Vec::new();
/// packet.extend_from_slice(b"SESSION001");
/// packet.extend_from_slice(&42u64.to_be_bytes());
/// packet.extend_from_slice(&2u16.to_be_bytes());
/// let mut blocks = FrameEncoder::<LenU16Be>::new();
/// blocks.append(FrameMeta::default(), b"first", &mut packet)?;
/// blocks.append(FrameMeta::default(), b"second", &mut packet)?;
///
/// let (header, body) = packet.split_at(20);
/// let count = u16::from_be_bytes([header[18], header[19]]);
/// let messages: Vec<&[u8]> = frames::<LenU16Be>(body, usize::from(u16::MAX))
///     .map(|frame| frame.map(|f| f.payload()))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(messages, [&b"first"[..], b"second"]);
/// assert_eq!(messages.len(), usize::from(count));
/// # Ok::<(), wire::frame::FrameError>(())
/// ```
pub fn frames<H: FrameHeader>(bytes: &[u8], max_frame_len: usize) -> Frames<'_, H> {
    let mut scanner = Scanner::new();
    scanner.max_frame_len = max_frame_len;
    scanner.eof = true;
    Frames {
        bytes,
        pos: 0,
        scanner,
        done: false,
        _header: PhantomData,
    }
}

impl<'a, H: FrameHeader> Iterator for Frames<'a, H> {
    type Item = Result<Frame<'a, H>, FrameError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let bytes: &'a [u8] = self.bytes;
        let (discard, step) = self.scanner.poll::<H>(&bytes[self.pos..], self.pos as u64);
        self.pos += discard;
        match step {
            Ok(Step::Frame {
                header,
                len,
                skipped,
            }) => {
                let start = self.pos;
                self.pos += len;
                if header.flags().contains(FrameFlags::COMPRESSED) {
                    self.done = true;
                    return Some(Err(FrameError::Decompress {
                        offset: start as u64,
                        reason: "compressed frames need a FrameDecoder to decompress into",
                    }));
                }
                let payload = &bytes[start + H::LEN..start + len];
                Some(Ok(Frame {
                    header,
                    payload,
                    offset: start as u64,
                    wire_len: len,
                    skipped,
                }))
            }
            Ok(Step::NeedMore(_)) | Ok(Step::End) => {
                self.done = true;
                None
            }
            Err(err) => {
                self.done = true;
                Some(Err(err))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::{FrameEncoder, FrameMeta, LenU16Be, WireHeader};

    /// What a decoder made of a stream: each frame (offset, skipped before, payload) or
    /// error, in order, then the bytes skipped and whether it ended poisoned.
    type Outcome = (Vec<Result<(u64, u64, Vec<u8>), FrameError>>, u64, bool);

    /// `FrameDecoder` (its fast path, and the scanning loop behind it) on `stream` pushed
    /// in `pieces`, then finished.
    fn through_decoder<H: FrameHeader>(
        scanner: &Scanner,
        stream: &[u8],
        pieces: &[usize],
    ) -> Outcome {
        let mut decoder = FrameDecoder::<H>::new();
        decoder.scanner = scanner.clone();
        let mut out = Vec::new();
        let mut drain = |decoder: &mut FrameDecoder<H>| loop {
            match decoder.next_frame() {
                Ok(Some(f)) => out.push(Ok((f.offset(), f.skipped_before(), f.payload().to_vec()))),
                Ok(None) => return,
                Err(err) => {
                    out.push(Err(err));
                    if decoder.is_poisoned() {
                        return;
                    }
                }
            }
        };
        let mut rest = stream;
        for &piece in pieces.iter().cycle() {
            if rest.is_empty() || decoder.is_poisoned() {
                break;
            }
            let (now, later) = rest.split_at(piece.min(rest.len()));
            decoder.push(now);
            rest = later;
            drain(&mut decoder);
        }
        if !decoder.is_poisoned() {
            decoder.finish();
            drain(&mut decoder);
        }
        (out, decoder.skipped_bytes(), decoder.is_poisoned())
    }

    /// The same with the scanning loop alone (`Scanner::poll_slow`, the decoder before
    /// it had a fast path), over the whole stream at once: the reference.
    fn through_scanning_loop<H: FrameHeader>(scanner: &Scanner, stream: &[u8]) -> Outcome {
        let mut scanner = scanner.clone();
        scanner.eof = true;
        let (mut pos, mut out) = (0, Vec::new());
        loop {
            let (discard, step) = scanner.poll_slow::<H>(&stream[pos..], pos as u64);
            pos += discard;
            match step {
                Ok(Step::Frame { len, skipped, .. }) => {
                    out.push(Ok((
                        pos as u64,
                        skipped,
                        stream[pos + H::LEN..pos + len].to_vec(),
                    )));
                    pos += len;
                }
                Ok(Step::NeedMore(_) | Step::End) => break,
                Err(err) => {
                    out.push(Err(err));
                    if scanner.is_poisoned() {
                        break;
                    }
                }
            }
        }
        (out, scanner.skipped_total, scanner.is_poisoned())
    }

    /// A stream of `count` frames with damage sprinkled in (flipped bits, dropped and
    /// inserted bytes), from a seed.
    fn damaged_stream<H: FrameHeader>(seed: u64, count: usize, checksum: bool) -> Vec<u8> {
        let mut state = seed;
        let mut next = move || {
            // xorshift64*: any spread of values will do.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 32
        };
        let mut encoder = FrameEncoder::<H>::new().checksum(checksum);
        let mut stream = Vec::new();
        for i in 0..count {
            let payload: Vec<u8> = (0..next() % 36)
                .map(|j| (i * 7 + j as usize) as u8)
                .collect();
            let start = stream.len();
            encoder
                .append(FrameMeta::new(i as u16), &payload, &mut stream)
                .unwrap();
            match next() % 8 {
                0 => {
                    let at = start + (next() as usize) % (stream.len() - start);
                    stream[at] ^= 1 << (next() % 8);
                }
                1 => {
                    let at = start + (next() as usize) % (stream.len() - start);
                    stream.remove(at);
                }
                2 => stream.insert(start, next() as u8),
                _ => {}
            }
        }
        stream
    }

    /// The fast path hands out exactly what the scanning loop alone would: the same
    /// frames, skips, errors and poisoning, whatever the damage, the settings and the
    /// pieces the bytes arrive in.
    #[test]
    fn the_fast_path_agrees_with_the_scanning_loop() {
        let mut cases = 0;
        for seed in 1..=40u64 {
            for settings in 0..8 {
                let mut scanner = Scanner::new();
                scanner.max_frame_len = 32;
                scanner.set_resync(settings & 1 != 0);
                scanner.set_skip_errors(settings & 2 != 0);
                scanner.require_checksum = settings & 4 != 0;
                let wire = damaged_stream::<WireHeader>(seed, 30, seed % 3 != 0);
                let plain = damaged_stream::<LenU16Be>(seed, 30, false);
                for pieces in [&[usize::MAX][..], &[1], &[7, 3, 50], &[17]] {
                    assert_eq!(
                        through_decoder::<WireHeader>(&scanner, &wire, pieces),
                        through_scanning_loop::<WireHeader>(&scanner, &wire),
                        "WireHeader, seed {seed}, settings {settings}, pieces {pieces:?}"
                    );
                    assert_eq!(
                        through_decoder::<LenU16Be>(&scanner, &plain, pieces),
                        through_scanning_loop::<LenU16Be>(&scanner, &plain),
                        "LenU16Be, seed {seed}, settings {settings}, pieces {pieces:?}"
                    );
                    cases += 1;
                }
            }
        }
        assert_eq!(cases, 40 * 8 * 4);
    }

    /// The frames' CRC (encoder and decoder) against a second implementation (the
    /// `crc32c` crate) and the public helpers, on frames of every length up to 300
    /// bytes at every alignment: `crc-fast`, and in builds for x86-64-v2 (CI runs this
    /// test in both) the instruction inline up to 256 bytes and `crc-fast` past them.
    #[test]
    fn checksum_agrees_with_the_crc32c_crate() {
        let bytes: Vec<u8> = (0..400u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        // One for every frame, as a decoder keeps it: each CRC starts afresh.
        let mut crc = FrameCrc::new();
        for start in 0..8 {
            for len in WireHeader::LEN..300 {
                let frame = &bytes[start..start + len];
                let expected = crc32c::crc32c_append(crc32c::crc32c(&frame[..10]), &frame[16..]);
                assert_eq!(
                    checksum::<WireHeader>(&mut crc, frame),
                    expected,
                    "start {start}, len {len}"
                );
                let helpers =
                    crate::frame::crc32c_append(crate::frame::crc32c(&frame[..10]), &frame[16..]);
                assert_eq!(helpers, expected, "start {start}, len {len}");
            }
        }
    }
}
