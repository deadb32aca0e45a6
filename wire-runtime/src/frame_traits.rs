//! Messages in frames: what a message type tells the frame header about itself
//! ([`FrameEncode`]) and how it is read back from a frame's header and payload
//! ([`FrameDecode`]). `#[derive(Wire)]` implements both for every struct and tagged union.
//!
//! For most types the header's message type is 0 and the payload is the message's own
//! encoding. A tagged union declared with `#[wire(tag = "header")]` is different: its
//! tag *is* the header's message type (as an SBE template id or a SoupBinTCP packet
//! type), so its payload carries no tag of its own, encoding writes the variant's id into
//! the header, and decoding picks the variant from the header.
//!
//! Not behind `std`: the derive implements these traits for every type, `no_std` builds
//! included; the frame encoders and decoders that use them are in [`frame`](crate::frame)
//! (feature `std`), which re-exports them.

use crate::codec::Encode;
use crate::error::DecodeError;

/// What a sender says about a frame besides its payload: the message type and version.
///
/// Headers without these fields (the plain length prefixes) ignore them when writing and
/// report `None` when reading.
///
/// ```
/// use wire::frame::FrameMeta;
///
/// let meta = FrameMeta::new(0x0102).with_version(3);
/// assert_eq!((meta.msg_type, meta.version), (0x0102, 3));
/// assert_eq!(FrameMeta::default(), FrameMeta::new(0));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct FrameMeta {
    /// The message type, for headers that carry one.
    pub msg_type: u16,
    /// The message version, for headers that carry one.
    pub version: u8,
}

impl FrameMeta {
    /// Metadata with this message type and version 0.
    pub const fn new(msg_type: u16) -> Self {
        FrameMeta {
            msg_type,
            version: 0,
        }
    }

    /// The same metadata with this version.
    pub const fn with_version(self, version: u8) -> Self {
        FrameMeta { version, ..self }
    }
}

/// A message that can be written into a frame: its encoding ([`Encode`]) and what it
/// puts in the frame header.
///
/// Implemented by `#[derive(Wire)]`; the frame writers take any `M: FrameEncode`
/// ([`FrameEncoder::append_message`](crate::frame::FrameEncoder::append_message),
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
