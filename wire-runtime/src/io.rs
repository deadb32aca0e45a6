//! Frames over blocking and non-blocking `std::io` streams: [`FrameReader`] and
//! [`FrameWriter`], and [`StreamError`], the error of anything that does I/O and framing.
//!
//! This module owns the loop between a reader or writer and the frame layer: retrying
//! `Interrupted`, keeping every byte across `WouldBlock`, short reads and short writes,
//! and reusing its buffers so steady-state traffic does not allocate. It refuses to
//! interpret frames ([`crate::frame`] does) and to pick a runtime: async code uses the
//! tokio codecs (`WireCodec` and `MessageCodec`, feature `tokio`).
//!
//! Non-blocking streams follow `std::io`: a call that cannot make progress returns an
//! error whose [`StreamError::is_would_block`] is true; nothing is lost, and the same
//! call can be made again when the stream is ready.

use crate::frame::{
    Frame, FrameDecoder, FrameEncode, FrameEncoder, FrameError, FrameHeader, FrameMeta,
};
use crate::stats::{ErrorKind, Stats};
use std::fmt;
use std::io::{self, IoSlice, Read, Write};
use std::sync::Arc;

/// Why reading or writing frames failed: the stream, or the frames on it.
#[derive(Debug)]
pub enum StreamError {
    /// The reader or writer failed (including `WouldBlock` on a non-blocking stream).
    Io(io::Error),
    /// The bytes do not form valid frames, or a frame could not be encoded.
    Frame(FrameError),
}

impl StreamError {
    /// Whether this is a non-blocking stream's "not ready": retry the same call later.
    pub fn is_would_block(&self) -> bool {
        matches!(self, StreamError::Io(err) if err.kind() == io::ErrorKind::WouldBlock)
    }

    /// The framing error, if that is what this is.
    pub fn frame_error(&self) -> Option<&FrameError> {
        match self {
            StreamError::Frame(err) => Some(err),
            StreamError::Io(_) => None,
        }
    }
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamError::Io(err) => write!(f, "i/o error: {err}"),
            StreamError::Frame(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for StreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StreamError::Io(err) => Some(err),
            StreamError::Frame(err) => Some(err),
        }
    }
}

impl From<io::Error> for StreamError {
    fn from(err: io::Error) -> Self {
        StreamError::Io(err)
    }
}

impl From<FrameError> for StreamError {
    fn from(err: FrameError) -> Self {
        StreamError::Frame(err)
    }
}

impl From<StreamError> for io::Error {
    /// A framing error becomes `InvalidData`, for callers that deal in `io::Result`.
    fn from(err: StreamError) -> Self {
        match err {
            StreamError::Io(err) => err,
            StreamError::Frame(err) => io::Error::new(io::ErrorKind::InvalidData, err),
        }
    }
}

fn record_io(stats: Option<&Arc<Stats>>, err: &io::Error) {
    if err.kind() == io::ErrorKind::WouldBlock {
        return;
    }
    if let Some(stats) = stats {
        stats.record_error(ErrorKind::Io);
    }
}

/// Reads frames from a [`Read`], straight into a [`FrameDecoder`]'s buffer.
///
/// Each `read` writes into the decoder's spare room, so the read is the only copy; a
/// frame's payload borrows from that buffer until the next call.
///
/// ```
/// use wire::frame::{FrameEncoder, FrameMeta, WireHeader};
/// use wire::io::FrameReader;
///
/// let mut encoder = FrameEncoder::<WireHeader>::new();
/// let mut stream = Vec::new();
/// encoder.append(FrameMeta::new(1), b"first", &mut stream)?;
/// encoder.append(FrameMeta::new(2), b"second", &mut stream)?;
///
/// let mut reader = FrameReader::<_, WireHeader>::new(&stream[..]);
/// let mut payloads = Vec::new();
/// while let Some(frame) = reader.read_frame()? {
///     payloads.push(frame.payload().to_vec());
/// }
/// assert_eq!(payloads, [b"first".to_vec(), b"second".to_vec()]);
/// # Ok::<(), wire::io::StreamError>(())
/// ```
#[derive(Debug)]
pub struct FrameReader<R, H> {
    reader: R,
    decoder: FrameDecoder<H>,
    stats: Option<Arc<Stats>>,
}

impl<R: Read, H: FrameHeader> FrameReader<R, H> {
    /// A reader with a default [`FrameDecoder`].
    pub fn new(reader: R) -> Self {
        Self::with_decoder(reader, FrameDecoder::new())
    }

    /// A reader using `decoder` (for its cap, resync and checksum settings).
    pub fn with_decoder(reader: R, decoder: FrameDecoder<H>) -> Self {
        FrameReader {
            reader,
            decoder,
            stats: None,
        }
    }

    /// The same reader counting frames, bytes and errors (I/O errors too) into `stats`.
    #[must_use]
    pub fn with_stats(mut self, stats: Arc<Stats>) -> Self {
        self.decoder = self.decoder.with_stats(Arc::clone(&stats));
        self.stats = Some(stats);
        self
    }

    /// The same reader keeping going past corrupt frames (off by default): its decoder
    /// resynchronises and [`read_frame`](FrameReader::read_frame) returns the next good
    /// frame instead of the framing error, which it counts
    /// ([`FrameDecoder::skipped_errors`], through [`decoder`](FrameReader::decoder), and
    /// the stats by kind). Only I/O errors end the reading then. The same as giving
    /// [`with_decoder`](FrameReader::with_decoder) a decoder with
    /// [`FrameDecoder::skip_errors`].
    ///
    /// ```
    /// use wire::frame::{FrameEncoder, FrameMeta, WireHeader};
    /// use wire::io::FrameReader;
    ///
    /// let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
    /// let mut stream = Vec::new();
    /// for payload in [&b"first"[..], b"second", b"third"] {
    ///     encoder.append(FrameMeta::new(1), payload, &mut stream)?;
    /// }
    /// stream[40] ^= 0xff; // the second frame's payload: its CRC32C no longer matches
    ///
    /// let mut reader = FrameReader::<_, WireHeader>::new(&stream[..]).skip_errors(true);
    /// let mut payloads = Vec::new();
    /// while let Some(frame) = reader.read_frame()? {
    ///     payloads.push(frame.payload().to_vec());
    /// }
    /// assert_eq!(payloads, [b"first".to_vec(), b"third".to_vec()]);
    /// assert_eq!(reader.decoder().skipped_errors(), 1);
    /// # Ok::<(), wire::io::StreamError>(())
    /// ```
    #[must_use]
    pub fn skip_errors(mut self, on: bool) -> Self {
        self.decoder = self.decoder.skip_errors(on);
        self
    }

    /// The next frame; `Ok(None)` at the end of the stream.
    ///
    /// Retries `Interrupted`. On a non-blocking reader, `WouldBlock` is returned as an
    /// error ([`StreamError::is_would_block`]) with every byte read so far kept; call
    /// again when the reader is ready. A stream that ends inside a frame is
    /// [`FrameError::Truncated`] (with [`skip_errors`](FrameReader::skip_errors), its
    /// bytes are skipped and counted, and the stream ends).
    pub fn read_frame(&mut self) -> Result<Option<Frame<'_, H>>, StreamError> {
        loop {
            if let Some(span) = self.decoder.poll()? {
                return Ok(Some(self.decoder.frame(span)));
            }
            if self.decoder.is_finished() {
                return Ok(None);
            }
            match self.reader.read(self.decoder.spare_mut()) {
                // The spare room is never empty, so 0 means the end of the stream.
                Ok(0) => self.decoder.finish(),
                Ok(read) => self.decoder.commit(read),
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => {
                    record_io(self.stats.as_ref(), &err);
                    return Err(err.into());
                }
            }
        }
    }

    /// The decoder, for its counters.
    pub fn decoder(&self) -> &FrameDecoder<H> {
        &self.decoder
    }

    /// The underlying reader.
    pub fn get_ref(&self) -> &R {
        &self.reader
    }

    /// The underlying reader; reading from it directly loses framing.
    pub fn get_mut(&mut self) -> &mut R {
        &mut self.reader
    }

    /// The underlying reader; buffered bytes are dropped.
    pub fn into_inner(self) -> R {
        self.reader
    }
}

/// How many bytes a [`FrameWriter`] collects before writing, by default.
const DEFAULT_WRITE_BUFFER: usize = 8 * 1024;

/// Writes frames to a [`Write`].
///
/// Frames that fit are collected in a reusable buffer and written together (small
/// frames would otherwise cost a write call each); a frame larger than the buffer goes
/// out in vectored writes of header and payload, without copying the payload. Short
/// writes are continued, `Interrupted` is retried. Call [`flush`](FrameWriter::flush) to
/// push out what is buffered; dropping the writer does not.
///
/// On a non-blocking writer, `WouldBlock` surfaces as an error
/// ([`StreamError::is_would_block`]) in one of two ways: from
/// [`write_frame`](FrameWriter::write_frame) when the frame was *not* taken (write it
/// again later), or from [`flush`](FrameWriter::flush) with the frames taken still
/// buffered. A frame that `write_frame` accepted is never lost or written twice.
///
/// ```
/// use wire::frame::{FrameMeta, LenU32Be};
/// use wire::io::FrameWriter;
///
/// let mut writer = FrameWriter::<_, LenU32Be>::new(Vec::new());
/// writer.write_frame(FrameMeta::default(), b"abc")?;
/// writer.flush()?;
/// assert_eq!(writer.get_ref(), b"\0\0\0\x03abc");
/// # Ok::<(), wire::io::StreamError>(())
/// ```
#[derive(Debug)]
pub struct FrameWriter<W: Write, H> {
    writer: W,
    encoder: FrameEncoder<H>,
    buf: Vec<u8>,
    /// Bytes of `buf` already written.
    written: usize,
    capacity: usize,
    stats: Option<Arc<Stats>>,
}

impl<W: Write, H: FrameHeader> FrameWriter<W, H> {
    /// A writer with a default [`FrameEncoder`] and an 8 KiB buffer.
    pub fn new(writer: W) -> Self {
        Self::with_encoder(writer, FrameEncoder::new())
    }

    /// A writer using `encoder` (for its checksum and compression settings).
    pub fn with_encoder(writer: W, encoder: FrameEncoder<H>) -> Self {
        FrameWriter {
            writer,
            encoder,
            buf: Vec::with_capacity(DEFAULT_WRITE_BUFFER),
            written: 0,
            capacity: DEFAULT_WRITE_BUFFER,
            stats: None,
        }
    }

    /// The same writer collecting up to `bytes` before writing; 0 writes every frame
    /// straight through with vectored writes.
    #[must_use]
    pub fn buffer_capacity(mut self, bytes: usize) -> Self {
        self.capacity = bytes;
        self.buf.reserve(bytes);
        self
    }

    /// The same writer counting frames, bytes and I/O errors into `stats`.
    #[must_use]
    pub fn with_stats(mut self, stats: Arc<Stats>) -> Self {
        self.encoder = self.encoder.with_stats(Arc::clone(&stats));
        self.stats = Some(stats);
        self
    }

    /// Writes one frame, or buffers it.
    ///
    /// `Ok` means the frame was taken: it is written or buffered, and will go out in
    /// order. An error that [`is_would_block`](StreamError::is_would_block) means it was
    /// not taken (the buffer ahead of it could not be written).
    pub fn write_frame(&mut self, meta: FrameMeta, payload: &[u8]) -> Result<(), StreamError> {
        let max_len = self.encoder.max_encoded_len(payload.len());
        if self.buffered() + max_len > self.capacity {
            self.flush_buf()?;
        }
        let Self {
            writer,
            encoder,
            buf,
            written,
            stats,
            capacity,
        } = self;
        let frame = encoder.prepare(meta, payload)?;
        if buf.len() - *written + frame.len() <= *capacity {
            buf.extend_from_slice(frame.header());
            buf.extend_from_slice(frame.payload());
            return Ok(());
        }
        // Larger than the buffer, which is empty now: write header and payload as they are.
        let mut slices = frame.io_slices();
        let mut slices = &mut slices[..];
        while !slices.is_empty() {
            match writer.write_vectored(slices) {
                Ok(0) => return Err(io::Error::from(io::ErrorKind::WriteZero).into()),
                Ok(n) => IoSlice::advance_slices(&mut slices, n),
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => {
                    // Part of the frame is out; keep the rest so the stream stays whole.
                    for slice in slices.iter() {
                        buf.extend_from_slice(slice);
                    }
                    return Ok(());
                }
                Err(err) => {
                    record_io(stats.as_ref(), &err);
                    return Err(err.into());
                }
            }
        }
        Ok(())
    }

    /// Writes one message as a frame, or buffers it: the message is encoded straight into
    /// the write buffer after room for its header ([`FrameEncoder::append_message`]), so
    /// it is copied once, into the buffer, and written from there. A message larger than
    /// the buffer grows it for that frame and is written at once.
    ///
    /// `Ok` and the errors mean what they mean for [`write_frame`](FrameWriter::write_frame).
    ///
    /// ```
    /// use wire::prelude::*;
    /// use wire::frame::{FrameDecoder, LenU16Be};
    /// use wire::io::FrameWriter;
    ///
    /// #[derive(Wire, Debug, PartialEq)]
    /// #[wire(endian = "big")]
    /// struct Ping { seq: u32 }
    ///
    /// let mut writer = FrameWriter::<_, LenU16Be>::new(Vec::new());
    /// writer.write_message(&Ping { seq: 3 })?;
    /// writer.flush()?;
    /// assert_eq!(writer.get_ref(), &[0, 4, 0, 0, 0, 3]);
    /// # Ok::<(), wire::io::StreamError>(())
    /// ```
    pub fn write_message<M: FrameEncode + ?Sized>(&mut self, msg: &M) -> Result<(), StreamError> {
        let max_len = self.encoder.max_encoded_len(msg.encoded_len());
        if self.buffered() + max_len > self.capacity {
            self.flush_buf()?;
        }
        if self.written == self.buf.len() {
            // Nothing is pending: reuse the buffer from its start.
            self.buf.clear();
            self.written = 0;
        }
        self.encoder.append_message(msg, &mut self.buf)?;
        if self.buffered() > self.capacity {
            // Larger than the buffer: out now, so the buffer does not hold it for long.
            match self.flush_buf() {
                Err(err) if err.is_would_block() => {}
                other => other?,
            }
        }
        Ok(())
    }

    /// Writes everything buffered, then flushes the underlying writer.
    pub fn flush(&mut self) -> Result<(), StreamError> {
        self.flush_buf()?;
        loop {
            match self.writer.flush() {
                Ok(()) => return Ok(()),
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => {
                    record_io(self.stats.as_ref(), &err);
                    return Err(err.into());
                }
            }
        }
    }

    /// Bytes taken and not yet written.
    pub fn buffered(&self) -> usize {
        self.buf.len() - self.written
    }

    /// The underlying writer.
    pub fn get_ref(&self) -> &W {
        &self.writer
    }

    /// The underlying writer; writing to it directly corrupts the framing.
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.writer
    }

    /// Flushes, then returns the underlying writer.
    pub fn into_inner(mut self) -> Result<W, StreamError> {
        self.flush()?;
        Ok(self.writer)
    }

    fn flush_buf(&mut self) -> Result<(), StreamError> {
        while self.written < self.buf.len() {
            match self.writer.write(&self.buf[self.written..]) {
                Ok(0) => return Err(io::Error::from(io::ErrorKind::WriteZero).into()),
                Ok(n) => self.written += n,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => {
                    record_io(self.stats.as_ref(), &err);
                    return Err(err.into());
                }
            }
        }
        // Reuse the allocation; the buffer never shrinks.
        self.buf.clear();
        self.written = 0;
        Ok(())
    }
}
