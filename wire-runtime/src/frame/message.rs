//! Messages in frames: reading a message out of a decoded [`Frame`](super::Frame), and the
//! error of the tokio message codecs. The traits a message implements to go into a frame
//! ([`FrameEncode`](super::FrameEncode), [`FrameDecode`]) do not need `std` and live with
//! [`FrameMeta`](super::FrameMeta) in the crate's `frame_traits` module.

use super::FrameDecode;
use crate::error::DecodeError;

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
