//! Messages in frames: what a message type tells the frame header about itself
//! ([`FrameEncode`]) and how it is read back from a frame's header and payload
//! ([`FrameDecode`]). `#[derive(Wire)]` implements both for every struct and tagged union.
//!
//! For most types the header's message type is 0 and the payload is the message's own
//! encoding. A tagged union declared with `#[wire(tag = "header")]` is different: its
//! tag *is* the header's message type (as an SBE template id or a SoupBinTCP packet
//! type), so its payload carries no tag of its own, encoding writes the variant's id into
//! the header, and decoding picks the variant from the header.

use super::FrameMeta;
use crate::codec::Encode;
use crate::error::DecodeError;

/// A message that can be written into a frame: its encoding ([`Encode`]) and what it
/// puts in the frame header.
///
/// Implemented by `#[derive(Wire)]`; the frame writers take any `M: FrameEncode`
/// ([`FrameEncoder::append_message`](super::FrameEncoder::append_message),
/// [`FrameWriter::write_message`](crate::io::FrameWriter::write_message), the tokio
/// `MessageCodec`, feature `tokio`).
///
/// ```
/// use wire::prelude::*;
/// use wire::frame::{FrameEncode, FrameMeta};
///
/// #[derive(Wire, Debug, PartialEq)]
/// #[wire(endian = "big")]
/// struct Ping { seq: u32 }
///
/// #[derive(Wire, Debug, PartialEq)]
/// #[wire(tag = "header")]
/// enum Msg {
///     #[wire(id = 7)] Ping(Ping),
/// }
///
/// assert_eq!(Ping { seq: 1 }.frame_meta(), FrameMeta::default());
/// assert_eq!(Msg::Ping(Ping { seq: 1 }).frame_meta(), FrameMeta::new(7));
/// ```
pub trait FrameEncode: Encode {
    /// Whether the type's tag lives in the frame header's message type
    /// (`#[wire(tag = "header")]`), so that a header without one cannot carry it.
    const TAG_IN_HEADER: bool = false;

    /// The header fields this value sets: the message type (the variant's id for a union
    /// tagged in the header, 0 otherwise) and the version (0).
    fn frame_meta(&self) -> FrameMeta {
        FrameMeta::default()
    }
}

/// A message that can be read from a frame's message type and payload.
///
/// Implemented by `#[derive(Wire)]`; frames offer it as `frame.decode::<M>()` and
/// `frame.view::<M>()`. The lifetime lets views and borrowed fields borrow from the
/// payload.
///
/// ```
/// use wire::prelude::*;
/// use wire::frame::FrameDecode;
///
/// #[derive(Wire, Debug, PartialEq)]
/// #[wire(endian = "big")]
/// struct Ping { seq: u32 }
///
/// #[derive(Wire, Debug, PartialEq)]
/// #[wire(tag = "header")]
/// enum Msg {
///     #[wire(id = 7)] Ping(Ping),
/// }
///
/// // The payload holds the message alone; the header's message type picks the variant.
/// assert_eq!(Msg::decode_frame(Some(7), &[0, 0, 0, 1])?, Msg::Ping(Ping { seq: 1 }));
/// assert!(Msg::decode_frame(Some(8), &[0, 0, 0, 1]).is_err());
/// assert_eq!(Ping::view_frame(None, &[0, 0, 0, 1])?.seq(), 1);
/// # Ok::<(), wire::DecodeError>(())
/// ```
pub trait FrameDecode<'a>: Sized {
    /// What [`view_frame`](FrameDecode::view_frame) returns: the type's zero-copy view.
    type View;

    /// Decodes the value from a frame's payload (exactly one message) and, for a union
    /// tagged in the header, its message type.
    ///
    /// # Errors
    ///
    /// The type's decode errors; for a union tagged in the header, `UnknownTag` for a
    /// message type no variant has, or for a header that has no message type at all
    /// (then the tag reported is `u64::MAX`, which no `u16` message type can be).
    fn decode_frame(msg_type: Option<u16>, payload: &'a [u8]) -> Result<Self, DecodeError>;

    /// Views the value in a frame's payload, as `T::view` does; the message type as in
    /// [`decode_frame`](FrameDecode::decode_frame).
    ///
    /// # Errors
    ///
    /// As [`decode_frame`](FrameDecode::decode_frame).
    fn view_frame(msg_type: Option<u16>, payload: &'a [u8]) -> Result<Self::View, DecodeError>;
}

/// The error of a header-tagged union read from a frame whose header has no message type.
#[doc(hidden)]
pub fn missing_msg_type(union: &'static str) -> DecodeError {
    DecodeError::UnknownTag {
        field: union,
        offset: 0,
        tag: u64::MAX,
    }
}

impl<'a, H: super::FrameHeader> super::Frame<'a, H> {
    /// Decodes the frame's payload as an `M`; a union tagged in the header takes its
    /// variant from the frame's message type.
    ///
    /// ```
    /// use wire::prelude::*;
    /// use wire::frame::{FrameDecoder, FrameEncoder, WireHeader};
    ///
    /// #[derive(Wire, Debug, PartialEq)]
    /// #[wire(endian = "big")]
    /// struct Login { user_id: u32 }
    ///
    /// let mut stream = Vec::new();
    /// FrameEncoder::<WireHeader>::new().append_message(&Login { user_id: 5 }, &mut stream)?;
    /// let mut decoder = FrameDecoder::<WireHeader>::new();
    /// decoder.push(&stream);
    /// assert_eq!(decoder.next_frame()?.unwrap().decode::<Login>()?, Login { user_id: 5 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The message's [`DecodeError`].
    pub fn decode<M: FrameDecode<'a>>(&self) -> Result<M, DecodeError> {
        M::decode_frame(self.msg_type(), self.payload())
    }

    /// Views the frame's payload as an `M` (validated once, then read in place); a union
    /// tagged in the header takes its variant from the frame's message type.
    ///
    /// # Errors
    ///
    /// The message's [`DecodeError`].
    pub fn view<M: FrameDecode<'a>>(&self) -> Result<M::View, DecodeError> {
        M::view_frame(self.msg_type(), self.payload())
    }
}

/// Why sending or receiving a message failed: the stream, the frames on it, or the
/// message in a frame. The error of the tokio codec `MessageCodec` (feature `tokio`).
///
/// It converts from each of them (`std::io::Error` included, so `?` works on socket
/// calls in a function returning it), and into `std::io::Error` (`InvalidData` for all
/// but I/O errors) for code that deals in `io::Result`.
///
/// ```
/// use wire::frame::{FrameError, MessageError};
///
/// fn read() -> Result<(), MessageError> {
///     Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof))?;
///     Ok(())
/// }
/// assert!(matches!(read(), Err(MessageError::Io(_))));
/// let err = MessageError::from(wire::DecodeError::MalformedVarint { offset: 3 });
/// assert_eq!(err.to_string(), "malformed varint at offset 3: longer than 10 bytes or above u64::MAX");
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum MessageError {
    /// The socket, reader or writer failed.
    Io(std::io::Error),
    /// The bytes do not form valid frames, or a frame could not be written (a message
    /// that would not encode is [`FrameError::Encode`](super::FrameError::Encode)).
    Frame(super::FrameError),
    /// A frame's payload is not a valid message.
    Decode(DecodeError),
}

impl core::fmt::Display for MessageError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            MessageError::Io(err) => write!(f, "i/o error: {err}"),
            MessageError::Frame(err) => err.fmt(f),
            MessageError::Decode(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for MessageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            MessageError::Io(err) => Some(err),
            MessageError::Frame(err) => Some(err),
            MessageError::Decode(err) => Some(err),
        }
    }
}

impl From<std::io::Error> for MessageError {
    fn from(err: std::io::Error) -> Self {
        MessageError::Io(err)
    }
}

impl From<super::FrameError> for MessageError {
    fn from(err: super::FrameError) -> Self {
        MessageError::Frame(err)
    }
}

impl From<DecodeError> for MessageError {
    fn from(err: DecodeError) -> Self {
        MessageError::Decode(err)
    }
}

impl From<crate::error::EncodeError> for MessageError {
    fn from(err: crate::error::EncodeError) -> Self {
        MessageError::Frame(err.into())
    }
}

impl From<crate::io::StreamError> for MessageError {
    fn from(err: crate::io::StreamError) -> Self {
        match err {
            crate::io::StreamError::Io(err) => MessageError::Io(err),
            crate::io::StreamError::Frame(err) => MessageError::Frame(err),
        }
    }
}

impl From<MessageError> for std::io::Error {
    /// A frame or decode error becomes `InvalidData`.
    fn from(err: MessageError) -> Self {
        match err {
            MessageError::Io(err) => err,
            other => std::io::Error::new(std::io::ErrorKind::InvalidData, other),
        }
    }
}
