//! Typed tokio-util codecs (feature `tokio`): [`MessageCodec`], whose items are the
//! messages of one type, [`MessageRefCodec`], the same with a sink of references, and
//! [`MessageFrameCodec`], whose items are frames that view their message in place. All
//! write each message into the frame in place: room for the header, the message encoded
//! after it, the header filled in.

use super::codec::WireCodec;
use super::{FrameDecode, FrameEncode, FrameHeader, MessageError, WireHeader};
use crate::error::DecodeError;
use crate::stats::Stats;
use bytes::{Bytes, BytesMut};
use std::marker::PhantomData;
use std::sync::Arc;
use tokio_util::codec::{Decoder, Encoder};

macro_rules! builders {
    ($codec:ident) => {
        impl<M, H: FrameHeader> Default for $codec<M, H> {
            fn default() -> Self {
                Self::new()
            }
        }

        impl<M, H: FrameHeader> $codec<M, H> {
            /// A codec with the default cap, no checksum, no resync, no compression.
            pub fn new() -> Self {
                Self::with_frames(WireCodec::new())
            }

            /// A codec whose framing is `frames` (its cap, checksum, resync, compression
            /// and stats settings).
            pub fn with_frames(frames: WireCodec<H>) -> Self {
                $codec {
                    frames,
                    _message: PhantomData,
                }
            }

            /// The same codec writing and requiring a CRC32C in every frame
            /// ([`WireCodec::checksum`]).
            #[must_use]
            pub fn checksum(self, on: bool) -> Self {
                Self::with_frames(self.frames.checksum(on))
            }

            /// The same codec with a cap on payload length, for both directions.
            #[must_use]
            pub fn max_frame_len(self, max: usize) -> Self {
                Self::with_frames(self.frames.max_frame_len(max))
            }

            /// The same codec counting both directions into `stats`.
            #[must_use]
            pub fn with_stats(self, stats: Arc<Stats>) -> Self {
                Self::with_frames(self.frames.with_stats(stats))
            }

            /// The frame layer underneath, for its counters.
            pub fn frames(&self) -> &WireCodec<H> {
                &self.frames
            }
        }
    };
}

/// `Encoder<M>`: a sink of owned messages.
macro_rules! encodes_owned {
    ($codec:ident) => {
        impl<M: FrameEncode, H: FrameHeader> Encoder<M> for $codec<M, H> {
            type Error = MessageError;

            fn encode(&mut self, msg: M, dst: &mut BytesMut) -> Result<(), MessageError> {
                Ok(self.frames.encode_message(&msg, dst)?)
            }
        }
    };
}

/// `Decoder` with owned messages as items.
macro_rules! decodes_owned {
    ($codec:ident) => {
        impl<M, H> Decoder for $codec<M, H>
        where
            M: for<'a> FrameDecode<'a>,
            H: FrameHeader,
        {
            type Item = M;
            type Error = MessageError;

            fn decode(&mut self, src: &mut BytesMut) -> Result<Option<M>, MessageError> {
                decode_owned(&mut self.frames, src, false)
            }

            fn decode_eof(&mut self, src: &mut BytesMut) -> Result<Option<M>, MessageError> {
                decode_owned(&mut self.frames, src, true)
            }
        }
    };
}

/// Decodes an owned `M` from the next frame of `src`, or waits for more bytes.
fn decode_owned<M, H>(
    frames: &mut WireCodec<H>,
    src: &mut BytesMut,
    eof: bool,
) -> Result<Option<M>, MessageError>
where
    M: for<'a> FrameDecode<'a>,
    H: FrameHeader,
{
    let frame = if eof {
        frames.decode_eof(src)?
    } else {
        frames.decode(src)?
    };
    match frame {
        Some(frame) => Ok(Some(frame.decode::<M>()?)),
        None => Ok(None),
    }
}

/// A tokio-util codec whose items are messages of type `M` (usually a tagged union of
/// every message of a protocol), in frames with header layout `H`.
///
/// Sending encodes the message straight into the write buffer (one copy, no scratch
/// buffer); receiving decodes an owned `M` from each frame. The error type,
/// [`MessageError`], holds frame, decode and I/O errors, and converts from
/// `std::io::Error`, so `?` works on both in a function returning it.
///
/// The codec encodes exactly one item type, `M`: with a second one (`&M`), `flush()` and
/// `close()` on a `Framed` could not tell which `Sink` they are and would need a type
/// annotation (E0283). To send messages you hold by reference (one state broadcast to
/// many connections), use [`MessageRefCodec`], whose sink takes `&M`.
///
/// ```
/// use bytes::BytesMut;
/// use tokio_util::codec::{Decoder, Encoder};
/// use wire::prelude::*;
/// use wire::frame::MessageCodec;
///
/// #[derive(Wire, Debug, Clone, PartialEq)]
/// #[wire(endian = "big")]
/// struct Ping { seq: u32 }
///
/// #[derive(Wire, Debug, Clone, PartialEq)]
/// #[wire(tag = "header")]
/// enum Msg {
///     #[wire(id = 1)] Ping(Ping),
///     #[wire(id = 2)] Bye,
/// }
///
/// let mut codec = MessageCodec::<Msg>::new().checksum(true);
/// let mut buf = BytesMut::new();
/// codec.encode(Msg::Ping(Ping { seq: 7 }), &mut buf)?;
/// codec.encode(Msg::Bye, &mut buf)?;
/// assert_eq!(codec.decode(&mut buf)?, Some(Msg::Ping(Ping { seq: 7 })));
/// assert_eq!(codec.decode(&mut buf)?, Some(Msg::Bye));
/// assert_eq!(codec.decode(&mut buf)?, None);
/// # Ok::<(), wire::frame::MessageError>(())
/// ```
#[derive(Debug)]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub struct MessageCodec<M, H = WireHeader> {
    frames: WireCodec<H>,
    _message: PhantomData<fn() -> M>,
}

builders!(MessageCodec);
encodes_owned!(MessageCodec);

impl<M, H: FrameHeader> MessageCodec<M, H> {
    /// The same settings, yielding frames that view their message in place instead of
    /// owned messages.
    pub fn into_frame_codec(self) -> MessageFrameCodec<M, H> {
        MessageFrameCodec::with_frames(self.frames)
    }
}

decodes_owned!(MessageCodec);

impl<M, H: FrameHeader> MessageCodec<M, H> {
    /// The same settings, with a sink that takes messages by reference.
    pub fn into_ref_codec(self) -> MessageRefCodec<M, H> {
        MessageRefCodec::with_frames(self.frames)
    }
}

/// A tokio-util codec like [`MessageCodec`] whose sink takes messages by reference:
/// `Framed<TcpStream, MessageRefCodec<Msg>>` is a `Sink<&Msg>` (for any lifetime) and a
/// `Stream` of owned `Msg`.
///
/// For a message sent to many peers, or kept after it is sent: it is encoded straight
/// from the reference into the write buffer, never cloned. A codec has one sink item
/// type, so that `flush()` and `close()` need no annotation; this one's is `&M`.
///
/// ```
/// use bytes::BytesMut;
/// use tokio_util::codec::{Decoder, Encoder};
/// use wire::prelude::*;
/// use wire::frame::MessageRefCodec;
///
/// #[derive(Wire, Debug, Clone, PartialEq)]
/// #[wire(endian = "big")]
/// struct State { tick: u32, x: i16, y: i16 }
///
/// let state = State { tick: 9, x: -3, y: 4 };
/// let mut peers = [MessageRefCodec::<State>::new(), MessageRefCodec::<State>::new()];
/// for codec in &mut peers {
///     let mut buf = BytesMut::new();
///     codec.encode(&state, &mut buf)?;
///     assert_eq!(codec.decode(&mut buf)?, Some(state.clone()));
/// }
/// # Ok::<(), wire::frame::MessageError>(())
/// ```
#[derive(Debug)]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub struct MessageRefCodec<M, H = WireHeader> {
    frames: WireCodec<H>,
    _message: PhantomData<fn() -> M>,
}

builders!(MessageRefCodec);

impl<M: FrameEncode, H: FrameHeader> Encoder<&M> for MessageRefCodec<M, H> {
    type Error = MessageError;

    fn encode(&mut self, msg: &M, dst: &mut BytesMut) -> Result<(), MessageError> {
        Ok(self.frames.encode_message(msg, dst)?)
    }
}

decodes_owned!(MessageRefCodec);

/// A frame decoded by [`MessageFrameCodec`]: its header and its payload as [`Bytes`]
/// (split off the read buffer without a copy), ready to be viewed or decoded as an `M`.
///
/// The payload is validated when it is viewed or decoded, not before, so a message that
/// does not decode is an error of that call and the stream goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub struct MessageFrame<M, H = WireHeader> {
    /// The header as read.
    pub header: H,
    /// The payload (decompressed, if the frame was compressed).
    pub payload: Bytes,
    _message: PhantomData<fn() -> M>,
}

impl<M, H: FrameHeader> MessageFrame<M, H> {
    /// The message's zero-copy view, borrowing from the payload.
    ///
    /// # Errors
    ///
    /// The message's [`DecodeError`].
    pub fn view<'a>(&'a self) -> Result<<M as FrameDecode<'a>>::View, DecodeError>
    where
        M: FrameDecode<'a>,
    {
        M::view_frame(self.header.msg_type(), &self.payload)
    }

    /// The message, decoded (borrowed fields borrow from the payload).
    ///
    /// # Errors
    ///
    /// The message's [`DecodeError`].
    pub fn decode<'a>(&'a self) -> Result<M, DecodeError>
    where
        M: FrameDecode<'a>,
    {
        M::decode_frame(self.header.msg_type(), &self.payload)
    }
}

/// A tokio-util codec like [`MessageCodec`], whose items are [`MessageFrame`]s: frames
/// that view (or decode) their message on demand, in place in the payload's [`Bytes`].
///
/// ```
/// use bytes::BytesMut;
/// use tokio_util::codec::{Decoder, Encoder};
/// use wire::prelude::*;
/// use wire::frame::MessageFrameCodec;
///
/// #[derive(Wire, Debug, Clone, PartialEq)]
/// #[wire(endian = "big")]
/// struct Chat<'a> { room: u8, #[wire(len = "u8")] text: &'a str }
///
/// let mut codec = MessageFrameCodec::<Chat<'static>>::new();
/// let mut buf = BytesMut::new();
/// codec.encode(Chat { room: 1, text: "hi" }, &mut buf)?;
/// let frame = codec.decode(&mut buf)?.unwrap();
/// let view = frame.view()?;
/// assert_eq!((view.room(), view.text()), (1, "hi"));
/// # Ok::<(), wire::frame::MessageError>(())
/// ```
#[derive(Debug)]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub struct MessageFrameCodec<M, H = WireHeader> {
    frames: WireCodec<H>,
    _message: PhantomData<fn() -> M>,
}

builders!(MessageFrameCodec);
encodes_owned!(MessageFrameCodec);

impl<M, H: FrameHeader> Decoder for MessageFrameCodec<M, H> {
    type Item = MessageFrame<M, H>;
    type Error = MessageError;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<Self::Item>, MessageError> {
        Ok(self.frames.decode(src)?.map(into_message_frame))
    }

    fn decode_eof(&mut self, src: &mut BytesMut) -> Result<Option<Self::Item>, MessageError> {
        Ok(self.frames.decode_eof(src)?.map(into_message_frame))
    }
}

fn into_message_frame<M, H>(frame: super::CodecFrame<H>) -> MessageFrame<M, H> {
    MessageFrame {
        header: frame.header,
        payload: frame.payload.freeze(),
        _message: PhantomData,
    }
}
