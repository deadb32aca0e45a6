// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(tag = "u16", endian = "little")]
// pub enum Control {
//     #[wire(id = 0x0101)] Delete(OrderDelete),
//     #[wire(id = 0xffff)] Ping,
//     #[wire(other)] Other(u16, Vec<u8>),
// }
const _: () = {
    #[allow(dead_code)]
    fn __wire_held_types()
    where
        OrderDelete: ::wire::__private::Element<'static>,
    {}
};
///A view of an encoded [`Control`]: the variant its tag selects, holding a view of its message.
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
#[allow(private_bounds)]
pub enum ControlView<'a>
where
    OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
    for<'__w> <OrderDelete as ::wire::__private::Element<
        '__w,
    >>::View: ::wire::__private::Copy,
{
    ///A [`Control::Delete`].
    Delete(<OrderDelete as ::wire::__private::Element<'a>>::View),
    ///A [`Control::Ping`].
    Ping,
    ///A [`Control::Other`].
    Other(u16, &'a [u8]),
}
#[allow(private_bounds)]
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl<'a> ::wire::__private::core::fmt::Debug for ControlView<'a>
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            let variant = match self {
                ControlView::Delete(..) => "ControlView::Delete",
                ControlView::Ping => "ControlView::Ping",
                ControlView::Other(..) => "ControlView::Other",
            };
            f.write_str(variant)
        }
    }
    const __ID0: u16 = 0x0101;
    const __ID1: u16 = 0xffff;
    impl Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        #[doc(hidden)]
        pub const __WIRE_MAX_DEPTH: u32 = 100u32;
        #[doc(hidden)]
        pub fn __wire_view_at<'a>(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (ControlView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let tag = ::wire::__private::read_u16_at::<
                ::wire::__private::LittleEndian,
            >(bytes, 0, "Control")? as u16;
            let pos = 2usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <OrderDelete as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view::<
                        ::wire::__private::LittleEndian,
                    >(rest, "Delete", pos, __depth)?;
                    ::wire::__private::Ok((ControlView::Delete(value), pos + used))
                }
                __ID1 => ::wire::__private::Ok((ControlView::Ping, pos)),
                _ => {
                    ::wire::__private::Ok((
                        ControlView::Other(tag, bytes.get(pos..).unwrap_or_default()),
                        bytes.len(),
                    ))
                }
            }
        }
        #[doc(hidden)]
        pub fn __wire_decode_at<'a>(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (Control, usize),
            ::wire::__private::DecodeError,
        > {
            let tag = ::wire::__private::read_u16_at::<
                ::wire::__private::LittleEndian,
            >(bytes, 0, "Control")? as u16;
            let pos = 2usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    let (value, used) = <OrderDelete as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_decode::<
                        ::wire::__private::LittleEndian,
                    >(rest, "Delete", pos, __depth)?;
                    ::wire::__private::Ok((Control::Delete(value), pos + used))
                }
                __ID1 => ::wire::__private::Ok((Control::Ping, pos)),
                _ => {
                    ::wire::__private::Ok((
                        Control::Other(
                            tag as u16,
                            ::wire::__private::owned_bytes(
                                bytes.get(pos..).unwrap_or_default(),
                            ),
                        ),
                        bytes.len(),
                    ))
                }
            }
        }
        #[doc(hidden)]
        pub fn __wire_check_at<'a>(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            let tag = ::wire::__private::read_u16_at::<
                ::wire::__private::LittleEndian,
            >(bytes, 0, "Control")? as u16;
            let pos = 2usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..).unwrap_or_default();
                    ::wire::__private::Ok(
                        pos
                            + <OrderDelete as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_check::<
                                ::wire::__private::LittleEndian,
                            >(rest, "Delete", pos, __depth)?,
                    )
                }
                __ID1 => ::wire::__private::Ok(pos),
                _ => ::wire::__private::Ok(bytes.len()),
            }
        }
        #[doc(hidden)]
        pub fn __wire_view_validated<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(ControlView<'a>, usize)> {
            let tag = ::wire::__private::read_u16_at::<
                ::wire::__private::LittleEndian,
            >(bytes, 0, "Control")
                .ok()? as u16;
            let pos = 2usize;
            match tag {
                __ID0 => {
                    let rest = bytes.get(pos..)?;
                    let (value, used) = <OrderDelete as ::wire::__private::DecodeElement<
                        'a,
                    >>::elem_view_validated::<::wire::__private::LittleEndian>(rest)?;
                    ::wire::__private::Option::Some((
                        ControlView::Delete(value),
                        pos + used,
                    ))
                }
                __ID1 => ::wire::__private::Option::Some((ControlView::Ping, pos)),
                _ => {
                    ::wire::__private::Option::Some((
                        ControlView::Other(tag, bytes.get(pos..).unwrap_or_default()),
                        bytes.len(),
                    ))
                }
            }
        }
        #[doc(hidden)]
        pub fn __wire_len_validated<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<usize> {
            let tag = ::wire::__private::read_u16_at::<
                ::wire::__private::LittleEndian,
            >(bytes, 0, "Control")
                .ok()? as u16;
            let pos = 2usize;
            match tag {
                __ID0 => {
                    ::wire::__private::Option::Some(
                        pos
                            + <OrderDelete as ::wire::__private::DecodeElement<
                                'a,
                            >>::elem_len_validated::<
                                ::wire::__private::LittleEndian,
                            >(bytes.get(pos..)?)?,
                    )
                }
                __ID1 => ::wire::__private::Option::Some(pos),
                _ => ::wire::__private::Option::Some(bytes.len()),
            }
        }
        /**Reads the tag and views the message it selects; `bytes` must hold exactly one message.

# Errors

`UnknownTag` for a tag no variant has (unless one is `other`), and the errors of the selected message, at their offsets in `bytes`.*/
        #[inline]
        pub fn view<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<ControlView<'a>, ::wire::__private::DecodeError> {
            let (view, used) = Self::__wire_view_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
            )?;
            if used != bytes.len() {
                return ::wire::__private::Err(::wire::__private::DecodeError::TrailingBytes {
                    offset: ::wire::__private::saturate(used),
                    count: ::wire::__private::saturate(bytes.len() - used),
                });
            }
            ::wire::__private::Ok(view)
        }
        ///Like [`Control::view`], on the front of a longer buffer.
        #[inline]
        pub fn view_prefix<'a>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (ControlView<'a>, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            let (view, used) = Self::__wire_view_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
            )?;
            ::wire::__private::Ok((view, bytes.get(used..).unwrap_or_default()))
        }
    }
    impl ::wire::__private::Encode for Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Control::Delete(value) => {
                    2usize + ::wire::__private::EncodeElement::elem_len(value)
                }
                Control::Ping => 2usize,
                Control::Other(tag, bytes) => {
                    2usize
                        + ::wire::__private::core::convert::AsRef::<[u8]>::as_ref(bytes)
                            .len()
                }
            }
        }
        #[inline]
        fn encode(
            &self,
            out: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            let mut pos = 0usize;
            match self {
                Control::Delete(value) => {
                    ::wire::__private::write_u16::<
                        ::wire::__private::LittleEndian,
                    >(::wire::__private::reserve(out, &mut pos, 2)?, __ID0 as u16);
                    ::wire::__private::write_element::<
                        OrderDelete,
                        ::wire::__private::LittleEndian,
                    >(out, &mut pos, value)?;
                }
                Control::Ping => {
                    ::wire::__private::write_u16::<
                        ::wire::__private::LittleEndian,
                    >(::wire::__private::reserve(out, &mut pos, 2)?, __ID1 as u16);
                }
                Control::Other(tag, bytes) => {
                    ::wire::__private::write_u16::<
                        ::wire::__private::LittleEndian,
                    >(::wire::__private::reserve(out, &mut pos, 2)?, *tag as u16);
                    let bytes = ::wire::__private::core::convert::AsRef::<
                        [u8],
                    >::as_ref(bytes);
                    ::wire::__private::reserve(out, &mut pos, bytes.len())?
                        .copy_from_slice(bytes);
                }
            }
            ::wire::__private::Ok(pos)
        }
    }
    impl<'a> ::wire::__private::Decode<'a> for Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        #[inline]
        fn decode_prefix(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (Self, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            let depth = ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH);
            let (value, used) = Self::__wire_decode_at(bytes, depth)?;
            ::wire::__private::Ok((value, bytes.get(used..).unwrap_or_default()))
        }
    }
    #[doc(hidden)]
    impl ::wire::__private::EncodeElement for Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        #[inline]
        fn elem_len(&self) -> usize {
            ::wire::__private::Encode::encoded_len(self)
        }
        #[inline]
        fn elem_write<__O: ::wire::__private::ByteOrder>(
            &self,
            out: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            ::wire::__private::Encode::encode(self, out)
        }
    }
    impl<'a> ::wire::__private::Element<'a> for Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        type View = ControlView<'a>;
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::DecodeElement<'a> for Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        type View = ControlView<'a>;
        const MIN_LEN: usize = 1;
        #[inline]
        fn elem_view<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (ControlView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let depth = depth.enter(field, offset)?;
            Self::__wire_view_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
        type Stored<__O: ::wire::__private::ByteOrder> = ControlView<'a>;
        #[inline]
        fn elem_store<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (ControlView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            Self::elem_view::<__O>(bytes, field, offset, depth)
        }
        #[inline]
        fn elem_store_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(ControlView<'a>, usize)> {
            Self::__wire_view_validated(bytes)
        }
        #[inline]
        fn stored_view<__O: ::wire::__private::ByteOrder>(
            stored: ControlView<'a>,
        ) -> ControlView<'a> {
            stored
        }
        #[inline]
        fn elem_check<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            let depth = depth.enter(field, offset)?;
            Self::__wire_check_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
        #[inline]
        fn elem_view_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(ControlView<'a>, usize)> {
            Self::__wire_view_validated(bytes)
        }
        #[inline]
        fn elem_len_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<usize> {
            Self::__wire_len_validated(bytes)
        }
        #[inline]
        fn elem_decode<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<(Self, usize), ::wire::__private::DecodeError> {
            let depth = depth.enter(field, offset)?;
            Self::__wire_decode_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
    }
    impl Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        ///The ids of `Control`'s variants, in declaration order (an `other` variant has none of its own).
        pub const TAGS: &'static [u64] = &[__ID0 as u64, __ID1 as u64];
        ///The tag of this value: its variant's id, written before its message (an `other` value's own tag).
        #[inline]
        pub fn tag(&self) -> u64 {
            match self {
                Control::Delete(..) => __ID0 as u64,
                Control::Ping => __ID1 as u64,
                Control::Other(tag, ..) => *tag as u64,
            }
        }
    }
    impl ::wire::__private::FrameEncode for Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {}
    impl<'a> ::wire::__private::FrameDecode<'a> for Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        type View = ControlView<'a>;
        #[inline]
        fn decode_frame(
            _: ::wire::__private::Option<u16>,
            payload: &'a [u8],
        ) -> ::wire::__private::Result<Self, ::wire::__private::DecodeError> {
            <Self as ::wire::__private::Decode<'a>>::decode(payload)
        }
        #[inline]
        fn view_frame(
            _: ::wire::__private::Option<u16>,
            payload: &'a [u8],
        ) -> ::wire::__private::Result<ControlView<'a>, ::wire::__private::DecodeError> {
            Self::view(payload)
        }
    }
    impl ::wire::__private::MaxEncodedLen for Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        const MAX_ENCODED_LEN: usize = {
            let __max = 0usize;
            let __len = 2usize + ::wire::__private::max_encoded_len::<OrderDelete>();
            let __max = if __len > __max { __len } else { __max };
            let __len = 2usize + 0usize;
            let __max = if __len > __max { __len } else { __max };
            let __len = 2usize
                + {
                    const fn __wire_unbounded() -> usize {
                        ::wire::__private::core::panic!(
                            "`Control` has no maximum encoded length: its `other` variant `Other` keeps bytes of any length"
                        )
                    }
                    __wire_unbounded()
                };
            let __max = if __len > __max { __len } else { __max };
            __max
        };
    }
    impl Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(private_bounds)]
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl ::wire::__private::schema::HasSchema for Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl Control
    where
        OrderDelete: for<'__w> ::wire::__private::Element<'__w>,
        for<'__w> <OrderDelete as ::wire::__private::Element<
            '__w,
        >>::View: ::wire::__private::Copy,
    {
        ///The wire layout of [`Control`] as data: a tag (two bytes), then the selected variant's message. Tags: 0x101: `Delete`; 0xffff: `Ping`; any other tag: `Other`.
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Control",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Union(::wire::__private::schema::Union {
                tag: ::wire::__private::schema::TagKind::U16,
                endian: ::wire::__private::Some(
                    ::wire::__private::schema::Endian::Little,
                ),
                max_depth: 100u32,
                variants: &[
                    ::wire::__private::schema::Variant {
                        name: "Delete",
                        doc: "",
                        id: ::wire::__private::Some({
                            const ID: u16 = 0x0101;
                            ID as u64
                        }),
                        payload: ::wire::__private::Some(
                            ::wire::__private::schema::Type::Named(
                                ::wire::__private::schema::SchemaRef::of::<OrderDelete>(),
                            ),
                        ),
                    },
                    ::wire::__private::schema::Variant {
                        name: "Ping",
                        doc: "",
                        id: ::wire::__private::Some({
                            const ID: u16 = 0xffff;
                            ID as u64
                        }),
                        payload: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Variant {
                        name: "Other",
                        doc: "",
                        id: ::wire::__private::None,
                        payload: ::wire::__private::None,
                    },
                ],
            }),
        };
    }
};
